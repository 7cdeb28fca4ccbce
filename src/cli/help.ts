/**
 * The help texts, apart from the commands: `milvus-mq --help` prints them without loading the
 * checker, the YAML library or zod (each command is imported only when it runs).
 */

export const CHECK_HELP = `Usage: milvus-mq check [--format text|json] [--milvus-version X.Y] FILE...

Checks Milvus Operator manifests (apiVersion milvus.io/v1beta1 or v1alpha1, kind Milvus or
MilvusCluster) for message-storage mistakes: fields the API server drops, values it refuses,
a message storage the mode or the Milvus version does not support, settings the operator ignores,
external addresses it cannot use, Kafka security gaps. A file may hold several YAML documents;
other kinds (Secrets, ConfigMaps ...) are listed as skipped.

Arguments:
  FILE                    a manifest file; - reads standard input

Options:
  --format text|json      text (default): one line per finding,
                            FILE:LINE:COL SEVERITY CODE MESSAGE
                          then the fix, if any, on an indented line, and a summary line.
                          json: {"files":[{"file","diagnostics":[{"severity","code","message",
                            "path","line","column","fix"?}]}]}
  --milvus-version X.Y    check against this Milvus version (e.g. 2.5 or 2.5.16) instead of the
                          one the manifest pins (spec.components.version or the image tag; without
                          either, the operator's default image, Milvus 2.6.11)
  -h, --help              show this help

Exit status:
  0  no errors (warnings and infos allowed)
  1  at least one error
  2  a file could not be read, or the command line is wrong
`;

export const GENERATE_HELP = `Usage: milvus-mq generate [options]

Writes a Milvus Operator manifest for a message storage, as the wizard does. A combination the
support rules forbid (RocksMQ or NATS in cluster mode, NATS on Milvus 2.6, Woodpecker before 2.6,
an external storage without an address ...) is refused with the reason.

Options:
  --mode standalone|cluster       deployment mode (default standalone)
  --mq rocksmq|natsmq|pulsar|kafka|woodpecker
                                  message storage (default: the operator's default for the
                                  mode and version: woodpecker on 2.6 standalone, rocksmq
                                  before, pulsar in cluster mode)
  --external                      use an external Pulsar, Kafka or Woodpecker service
  --endpoint HOST:PORT            external Pulsar address (implies --external)
  --broker HOST:PORT              external Kafka broker; repeat for several (implies --external)
  --milvus-version 2.3|2.4|2.5|2.6
                                  Milvus version; the image is that version's latest patch
                                  (default 2.6)
  --name NAME                     metadata.name (default my-release)
  --namespace NAMESPACE           metadata.namespace (default: none, kubectl's current namespace)
  --api v1beta1|v1alpha1          v1beta1 (default): kind Milvus with spec.mode;
                                  v1alpha1: the legacy Milvus (standalone) or MilvusCluster (cluster)
  --values FILE                   the wizard's values as JSON (- reads standard input); the
                                  options above override them
  -o, --output FILE               write the manifest to FILE instead of standard output
  -h, --help                      show this help

Exit status:
  0  manifest written
  1  the combination is not supported (the reasons are printed)
  2  a file could not be read or written, or the command line is wrong
`;
