/**
 * zod compiles object parsers with `new Function` when the page allows it, and its probe for
 * that (`Function('')`) is itself a CSP violation under our `script-src 'self'`. Jitless parsing
 * is fast enough for forms and manifests. Every module that defines a schema imports this first.
 */
import * as z from 'zod';

z.config({ jitless: true });
