/**
 * Personal data of one Person ("export everything" and "erase"), across core and every enabled module's
 * `personalData` hook, run as jobs with progress. The router is packages/core/src/routers/personal-data.ts.
 */
export {
  ERASED_FIRST_NAME,
  isErased,
  toJson,
  exportPersonalData,
  erasePersonalData,
  type PersonalDataExport,
  type PersonalDataErasure,
} from "./collect";
export { personalDataExportJob, personalDataEraseJob, PERSONAL_DATA_JOB_NAMES } from "./jobs";
