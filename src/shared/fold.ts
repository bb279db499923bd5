/**
 * Text folded for comparing what a reader types with names and titles: lower case, accents and
 * apostrophes dropped, full stops dropped ("St. Helens" finds "St Helens"), spaces collapsed.
 */
export const fold = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’'.]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
