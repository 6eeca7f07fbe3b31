// opencc-js exports its per-locale dictionaries ("opencc-js/from/tw",
// "opencc-js/to/cn") through a wildcard without types; these are their shapes
// (the same DictGroup lists its typed preset exports).
declare module 'opencc-js/from/tw' {
  import type { DictGroup } from 'opencc-js/core';
  const dictGroups: readonly DictGroup[];
  export default dictGroups;
}
declare module 'opencc-js/to/cn' {
  import type { DictGroup } from 'opencc-js/core';
  const dictGroups: readonly DictGroup[];
  export default dictGroups;
}
declare module 'opencc-js/dict/TSCharacters' {
  const table: string;
  export default table;
}
