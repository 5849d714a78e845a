export { Button, buttonClass } from "./button";
export { TextField, TextArea, SelectField } from "./field";
export { useCharLimit, charLimitState, NEAR_LIMIT, type CharLimitState } from "./char-limit";
export { FormTextsProvider, LimitTextsProvider, type FormTexts, type LimitTexts } from "./form-texts";
export { Checkbox, CheckboxGroup } from "./choice";
export { ConfirmButton } from "./confirm";
export { PageHeader, Card, EmptyState, Badge, Alert, DataTable } from "./layout";
export { Pagination, queryWith, type PaginationTexts } from "./pagination";
export { cx } from "./cx";
export {
  type ProcedureAction,
  ProcedureError,
  ProcedureProvider,
  tenantFromPath,
  usePlatformClient,
  usePluginClient,
} from "./procedure-client";
export { errorAppCode, errorCode, errorMessage, errorParams, fieldErrors } from "./errors";
export { useCall, type Call, type CallHandlers } from "./use-call";
export { ModuleIcon, BellIcon } from "./icons";
export { MODULE_ICON_NAMES, type ModuleIconName, isModuleIconName } from "./icon-names";
export {
  ErrorSummary,
  focusField,
  useFormErrors,
  type FormErrors,
  type FormErrorsState,
} from "./form-errors";
export {
  decideLoad,
  forgetAlwaysLoad,
  type HeavyKind,
  type LoadDecision,
  loadNow,
  OnDemand,
  type OnDemandTexts,
  useLoadDecision,
} from "./on-demand";
