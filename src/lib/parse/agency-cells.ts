/**
 * Splits the supervising-bodies cell (上级制定政策保障措施或支持和指导部门) into
 * names. "、" separates bodies; "及" attaches a generic reference to the body
 * before it (证监会及联席会议其他成员). Returns null for a cell with an empty
 * name (a doubled or dangling separator), so the caller can report the line.
 *
 * @example
 * splitSupervisingCell('商务部、统计局、证监会及联席会议其他成员')
 * // → ['商务部', '统计局', '证监会', '联席会议其他成员']
 */
export function splitSupervisingCell(cell: string): string[] | null {
  const names = cell.split(/[、及]/);
  return names.every((n) => n !== '') ? names : null;
}

/**
 * Splits the responsibility cell (责任分工): the units before the first "，"
 * lead, the units after it co-operate, and "、" separates units within each
 * group. Returns null for a cell that does not have that shape (an empty name,
 * or a second "，").
 *
 * @example
 * splitResponsibilityCell('人行厦门中心支行、外汇局厦门市分局，市金融监管局')
 * // → { lead: ['人行厦门中心支行', '外汇局厦门市分局'], cooperating: ['市金融监管局'] }
 */
export function splitResponsibilityCell(cell: string): { lead: string[]; cooperating: string[] } | null {
  const [leadPart = '', cooperatingPart, ...rest] = cell.split('，');
  if (rest.length > 0) return null;
  const lead = leadPart.split('、');
  const cooperating = cooperatingPart === undefined ? [] : cooperatingPart.split('、');
  return [...lead, ...cooperating].every((n) => n !== '') ? { lead, cooperating } : null;
}
