/**
 * A text after the harmless normalisations: a byte-order mark dropped, CRLF
 * and CR line ends made LF, spaces at the end of a line dropped (a tab stays:
 * in a table it ends an empty cell). A copy of an input that picked up only
 * those changes (an editor on another system, a mail client) has the same
 * normal form, and so gives the same site. The seeds are served in it, and the curated files are read in it: in
 * YAML, a space at the end of a line of a block scalar would otherwise be
 * part of the value.
 *
 * @example textToNormalForm('\uFEFF附件  \r\n') // → '附件\n'
 */
export function textToNormalForm(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/ +$/, ''))
    .join('\n');
}
