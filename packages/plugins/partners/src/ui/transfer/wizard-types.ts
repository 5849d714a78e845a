import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { PartnersRouter } from "../../server/router";

// What the steps of the import wizard (./import-wizard.tsx) pass around: every type is inferred from the transfer
// procedures (../../server/routers/transfer/), so a change on the server shows up here as a type error, not a drift.

type Outputs = inferRouterOutputs<PartnersRouter>["transfer"];
type Inputs = inferRouterInputs<PartnersRouter>["transfer"];

/** One import as its page shows it (`transfer.get`). */
export type ImportView = Outputs["get"];

export type ImportFormat = ImportView["format"];

/** The mapping as stored and proposed (the schema's output: every default filled in). */
export type Mapping = ImportView["mapping"];

/** A field of an actor that a column can fill. */
export type ImportField = ImportView["fields"][number];

export type UnknownValues = ImportView["unknownValues"];

export type SectorOption = ImportView["sectors"][number];

/** The counts of a preview (`transfer.preview`; the import's page rebuilds them from `transfer.get`). */
export type Summary = Pick<Outputs["preview"], "totalRows" | "valid" | "toImport" | "errorCount" | "invalidRows" | "duplicateCount">;

type ErrorsPage = Extract<Outputs["issues"], { list: "errors" }>;
type DuplicatesPage = Extract<Outputs["issues"], { list: "duplicates" }>;

/** A row that cannot be imported, and why. */
export type RowIssue = ErrorsPage["items"][number];

/** A row that looks like an existing actor or an earlier row, and what to do with it. */
export type DuplicateIssue = DuplicatesPage["items"][number];

/** One page of a list of the last preview (`transfer.issues`, and the first pages `transfer.preview` returns). */
export type Page<T> = Omit<ErrorsPage, "list" | "items"> & { items: T[] };

/** A choice about one duplicate row (`transfer.decide`). */
export type Decision = NonNullable<Inputs["decide"]["rows"]>[number];

export type Action = Decision["action"];

/** A row's key within an import (the server's `rowKey`: rows of an HSDS package are numbered per file). */
export const keyOf = (d: { row: number; file?: string }) => `${d.file ?? ""}#${d.row}`;
