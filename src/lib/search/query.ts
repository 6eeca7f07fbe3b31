import { ROLES, type Role } from '../schema/roles.ts';

/** What a search asks for: the words and the filters, as the form holds them. */
export interface SearchState {
  q: string;
  document: string;
  category: string;
  agency: string;
  /** Narrows `agency` to one role; meaningless without an agency. */
  role: Role | '';
  /** One of the priorities the site marks (content/priorities.yaml). */
  priority: string;
  /** '1' when the reader asked for the documents' full text too (full-text.ts); it also runs, unasked, when no task answers. */
  fullText: '' | '1';
}

/** The URL parameter of each field; a search is shared as a link with these. */
const PARAMS = { q: 'q', document: 'doc', category: 'cat', agency: 'agency', role: 'role', priority: 'pri', fullText: 'text' } as const satisfies Record<
  keyof SearchState,
  string
>;

/**
 * Reads a search from a URL's query string, ignoring anything malformed.
 *
 * @example
 * paramsToState(new URLSearchParams('q=外汇&agency=safe-xiamen-branch&role=lead'))
 * // → { q: '外汇', document: '', category: '', agency: 'safe-xiamen-branch', role: 'lead', priority: '', fullText: '' }
 */
export function paramsToState(params: URLSearchParams): SearchState {
  const get = (key: keyof SearchState) => (params.get(PARAMS[key]) ?? '').trim();
  const role = get('role');
  return {
    q: get('q'),
    document: get('document'),
    category: get('category'),
    agency: get('agency'),
    role: (ROLES as readonly string[]).includes(role) ? (role as Role) : '',
    priority: get('priority'),
    fullText: get('fullText') === '1' ? '1' : '',
  };
}

/**
 * Writes a search as a query string, leaving out empty fields so shared links
 * stay short.
 *
 * @example
 * stateToParams({ q: '外汇', document: '', category: '', agency: '', role: '', priority: '', fullText: '' }).toString() // → 'q=%E5%A4%96%E6%B1%87'
 */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof SearchState)[]) {
    if (state[key] && !(key === 'role' && !state.agency)) params.set(PARAMS[key], state[key]);
  }
  return params;
}

/** True when the search asks for anything at all. */
export const isEmpty = (state: SearchState) => !state.q && !state.document && !state.category && !state.agency && !state.priority;
