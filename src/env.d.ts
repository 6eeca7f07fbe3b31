declare namespace App {
  interface Locals {
    /** The page's language, decided once by src/middleware.ts. */
    language: import('./i18n/page-language.ts').PageLanguage;
  }
}
