/**
 * What `tsc` sees of an `.astro` module imported from TypeScript (such as
 * src/components/mdx/index.ts): a component factory. `astro check` reads
 * the components themselves and types their props; `tsc` does not read
 * `.astro` files, and Astro 7's client types no longer declare them.
 */
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
