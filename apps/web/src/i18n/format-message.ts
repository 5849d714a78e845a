/**
 * use-intl's `use-intl/format-message` outside the browser (next.config.ts): server components, route handlers and the
 * server render of client components. Formats ICU source strings and precompiled messages alike (precompile.ts).
 */
import formatSource from "use-intl-compile-format";
import formatCompiled from "use-intl/format-message/format-only";
import { formatEither } from "./precompile";

export default formatEither(formatSource, formatCompiled);
