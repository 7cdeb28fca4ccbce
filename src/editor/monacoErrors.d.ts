// The one internal module of monaco-editor the app touches (see monacoSetup.ts); it ships no types.
declare module 'monaco-editor/esm/vs/base/common/errors.js' {
  export const errorHandler: { unexpectedErrorHandler: (error: unknown) => void };
}
