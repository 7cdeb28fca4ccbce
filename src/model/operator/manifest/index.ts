export * from './schema.ts';
export * from './introspect.ts';
export { manifestJsonSchema } from './jsonSchema.ts';
