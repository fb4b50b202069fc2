/**
 * Readers of the data files KPIs take their actuals from (docs/language.md#data-files): bytes in, a
 * table or a problem out.
 */
export * from './data-table.js';
export { DATA_LIMITS } from './data-limits.js';
export { dataFileFormat, readDataFile, type DataFileFormat } from './read-data-file.js';
export { readDelimited } from './csv-reader.js';
export type { DelimitedFormat } from './csv-delimiter.js';
export { readXlsx } from './xlsx-reader.js';
