/** use-intl's own formatter (ICU source strings), by a name of its own: next.config.ts aliases it (format-message.ts). */
declare module "use-intl-compile-format" {
  export { default } from "use-intl/format-message";
}
