// One schema file per table (STYLE habit 11); this file only lists them.
export * from './meta.ts';
