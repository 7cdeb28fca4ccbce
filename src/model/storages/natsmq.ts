/** NATS: embedded in the Milvus pod (standalone, before 2.6); its server settings live in milvus.yaml. */
import '../wizard/values/zodSetup.ts';
import * as z from 'zod';
import { STORAGE_CATALOG } from './catalog.ts';
import { boolCodec, intCodec, textCodec } from './codecs.ts';
import { defineStorage, type FieldEntry } from './descriptor.ts';
import { optionalBool, optionalInt, text } from './fieldSchemas.ts';
import { CONFIG, DEPS, PersistenceSchema, persistenceFields } from './shared.ts';

const BIG = Number.MAX_SAFE_INTEGER;

export const NatsServerSchema = z.object({
  port: optionalInt(1, 65535, {
    label: 'Port (port)',
    description: 'Port the embedded NATS server listens on. Default 4222.',
    default: 4222,
  }),
  storeDir: text({
    label: 'Store directory (storeDir)',
    description: 'Directory for NATS JetStream storage. Default /var/lib/milvus/nats.',
    default: '/var/lib/milvus/nats',
  }),
  maxFileStore: optionalInt(0, BIG, {
    label: 'Max file store (maxFileStore)',
    description: "Maximum size of the 'file' storage, in bytes. Default 17179869184 (16 GB).",
    default: 17179869184,
    unit: 'bytes',
  }),
  maxPayload: optionalInt(0, BIG, {
    label: 'Max payload (maxPayload)',
    description: 'Maximum bytes in one message payload. Default 8388608 (8 MB).',
    default: 8388608,
    unit: 'bytes',
  }),
  maxPending: optionalInt(0, BIG, {
    label: 'Max pending (maxPending)',
    description: 'Maximum bytes buffered for a client connection. Default 67108864 (64 MB).',
    default: 67108864,
    unit: 'bytes',
  }),
  initializeTimeout: optionalInt(0, 3_600_000, {
    label: 'Initialize timeout (initializeTimeout)',
    description: 'How long Milvus waits for NATS to initialize, in ms. Default 4000.',
    default: 4000,
    unit: 'ms',
  }),
  monitor: z
    .object({
      trace: optionalBool({
        label: 'Trace (trace)',
        description: 'Log NATS protocol traces. Default off.',
        default: false,
      }),
      debug: optionalBool({
        label: 'Debug (debug)',
        description: 'Log NATS debug messages. Default off.',
        default: false,
      }),
      logTime: optionalBool({
        label: 'Log time (logTime)',
        description: 'Prefix NATS log lines with timestamps. Default on.',
        default: true,
      }),
      logFile: text({
        label: 'Log file (logFile)',
        placeholder: 'Standard output',
        description: 'NATS log file path; empty logs to standard output.',
      }),
      logSizeLimit: optionalInt(0, BIG, {
        label: 'Log size limit (logSizeLimit)',
        description: 'Bytes after which the NATS log file rolls over; 0 is unlimited.',
        unit: 'bytes',
      }),
    })
    .prefault({}),
  retention: z
    .object({
      maxAge: optionalInt(0, 52_560_000, {
        label: 'Max age (maxAge)',
        description: 'Maximum age of any message in a P-channel, in minutes. Default 4320 (3 days).',
        default: 4320,
        unit: 'minutes',
      }),
      maxBytes: optionalInt(0, BIG, {
        label: 'Max bytes (maxBytes)',
        description: 'Bytes one P-channel may hold before the oldest messages go. Default unlimited.',
        default: 'unlimited',
        unit: 'bytes',
      }),
      maxMsgs: optionalInt(0, BIG, {
        label: 'Max messages (maxMsgs)',
        description: 'Messages one P-channel may hold before the oldest go. Default unlimited.',
        default: 'unlimited',
      }),
    })
    .prefault({}),
});

export const NatsmqSchema = z.object({
  persistence: PersistenceSchema.prefault({}),
  server: NatsServerSchema.prefault({}),
});

type Own = z.output<typeof NatsmqSchema>;
const server = [...CONFIG, 'natsmq', 'server'];

/** A server setting: the same path under `server` in the values and in milvus.yaml. */
const serverField = (codec: FieldEntry<Own>['codec'], ...path: string[]): FieldEntry<Own> => ({
  value: ['server', ...path],
  manifest: [...server, ...path],
  codec,
});

export const natsmq = defineStorage({
  ...STORAGE_CATALOG.natsmq,
  schema: NatsmqSchema,
  fields: [
    ...persistenceFields<Own>(() => [...DEPS, 'natsmq']),
    serverField(intCodec, 'port'),
    serverField(textCodec, 'storeDir'),
    serverField(intCodec, 'maxFileStore'),
    serverField(intCodec, 'maxPayload'),
    serverField(intCodec, 'maxPending'),
    serverField(intCodec, 'initializeTimeout'),
    serverField(boolCodec, 'monitor', 'trace'),
    serverField(boolCodec, 'monitor', 'debug'),
    serverField(boolCodec, 'monitor', 'logTime'),
    serverField(textCodec, 'monitor', 'logFile'),
    serverField(intCodec, 'monitor', 'logSizeLimit'),
    serverField(intCodec, 'retention', 'maxAge'),
    serverField(intCodec, 'retention', 'maxBytes'),
    serverField(intCodec, 'retention', 'maxMsgs'),
  ],
  blockComment: () => 'NATS runs inside the Milvus pod; persistence keeps its JetStream data on a PVC.',
  configComment: "NATS server settings live in Milvus's own configuration, not under dependencies.",
});
