import { pageCount } from "@zorgzaam/core";
import { Pagination as Pager, queryWith } from "@zorgzaam/ui";
import { getTranslations } from "next-intl/server";

export { pageParam } from "@zorgzaam/core";

/**
 * The UI kit's Pagination with core's words (common.*) and the page's filters kept in the links. `moreThanTotal`: the
 * list stopped counting at `total` (core's listCountLimit), so there are more pages than `total` fills: "page x of more
 * than y", and a next link on the last counted page.
 */
export async function Pagination({
  page,
  pageSize,
  total,
  moreThanTotal = false,
  basePath,
  query,
}: {
  page: number;
  pageSize: number;
  total: number;
  moreThanTotal?: boolean;
  basePath: string;
  query: Record<string, string | undefined>;
}) {
  const t = await getTranslations("common");
  const pages = pageCount(total, pageSize);
  return (
    <Pager
      page={page}
      pages={pages}
      hasMore={moreThanTotal}
      href={(p) => `${basePath}${queryWith(query, { page: p })}`}
      texts={{
        label: t("pagination"),
        previous: t("previous"),
        next: t("next"),
        status: moreThanTotal ? t("pageOfMore", { page, pages }) : t("pageOf", { page, pages }),
      }}
    />
  );
}
