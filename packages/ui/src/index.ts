export { Button, buttonClass } from "./button";
export { TextField, TextArea, SelectField } from "./field";
export { LimitTextsProvider, useCharLimit, charLimitState, NEAR_LIMIT, type LimitTexts, type CharLimitState } from "./char-limit";
export { Checkbox, CheckboxGroup } from "./choice";
export { ConfirmButton } from "./confirm";
export { PageHeader, Card, EmptyState, Badge, Alert, DataTable } from "./layout";
export { cx } from "./cx";
export { tenantFromPath, usePluginClient } from "./plugin-client";
export { errorAppCode, errorCode, errorMessage, errorParams, fieldErrors } from "./errors";
