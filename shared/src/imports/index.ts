/**
 * Importing platform export files (千牛/京东/拼多多 order, product and daily report exports) into
 * canonical records. Not re-exported from the package root: it pulls in the CSV and xlsx
 * readers, which the Worker and the dashboard's first paint do not need. Import it as
 * "@tongshu/shared/imports/index".
 */
export { columnFate, REGION_HEADER } from "./buyer-columns.ts";
export { decodeText } from "./decode-text.ts";
export { IMPORT_FORMATS } from "./formats/index.ts";
export { importBatches, importCapturedAt, sha256Hex } from "./import-batches.ts";
export {
  findHeader,
  type ImportTable,
  type MappedImport,
  mapImportTable,
  readImportFile,
} from "./import-file.ts";
export { UnreadableFileError } from "./read-sheet.ts";
export type * from "./types.ts";
