/**
 * The help texts, apart from the commands: `milvus-mq --help` prints them without loading the
 * checker, the YAML library or zod (each command is imported only when it runs).
 */
import { OUTPUTS } from '../model/output/index.ts';
import {
  DEFAULT_MINOR,
  MILVUS_MINOR_VERSIONS,
  OPERATOR_DEFAULT_MILVUS,
  STREAMING_SINCE,
  formatVersion,
} from '../model/facts/versions.ts';
import { DEFAULT_OPERATOR_RELEASE, OPERATOR_RELEASES } from '../model/operator/resolve/operatorReleases.ts';
import { DEFAULT_POLICY_NAME, POLICY_FILE_NAME } from '../model/operator/policy/names.ts';
import { EXTERNAL_CAPABLE, MQ_LABELS, STORAGE_CATALOG } from '../model/storages/catalog.ts';

/** The exit codes of the commands that report findings (check, diff), for their help. */
export const FINDINGS_EXIT_HELP = `Exit status:
  0  no errors (warnings and infos allowed)
  1  at least one error
  2  a file could not be read, or the command line is wrong
`;

/** --operator-version, for check and explain: the known releases, from operatorReleases.ts. */
const OPERATOR_VERSION_HELP = `  --operator-version V    judge as this milvus-operator release: ${OPERATOR_RELEASES.map((r) => `${r.version}${r.tagged ? '' : ' (untagged)'}`).join(', ')};
                          default ${DEFAULT_OPERATOR_RELEASE.version}. What differs: the default image (Milvus
                          ${OPERATOR_RELEASES.map((r) => `${formatVersion(r.defaultMilvus)} in ${r.version}`).join(', ')}) and, from v1.3.9,
                          the Kafka readiness check (a metadata request, no topic)`;

export const CHECK_HELP = `Usage: milvus-mq check [--format text|json|sarif|github|junit] [--milvus-version X.Y]
                       [--operator-version V] [--webhook] [--skip-non-milvus] [--helm] [--chart-version X]
                       [--set K=V]... [--set-string K=V]... FILE|DIR...

Checks Milvus Operator manifests (apiVersion milvus.io/v1beta1 or v1alpha1, kind Milvus or
MilvusCluster) for message-storage mistakes: fields the API server drops, values it refuses,
a message storage the mode or the Milvus version does not support, settings the operator ignores,
external addresses it cannot use, Kafka security gaps. A file may hold several YAML documents;
other kinds (Secrets, ConfigMaps ...) are listed as skipped. Live objects are welcome:
kubectl get milvus NAME -o yaml (status, managedFields and the operator's defaults included),
or a kind: List of them as kubectl get milvus -A -o yaml prints it.

Arguments:
  FILE                    a manifest file; - reads standard input
  DIR                     every *.yaml and *.yml file under it, in sorted order (node_modules and
                          folders whose name starts with a dot are passed over); add
                          --skip-non-milvus when other YAML files live there too

Options:
  --format NAME           how to print the findings on standard output:
${formatList()}
  --milvus-version X.Y    check against this Milvus version (e.g. 2.5 or 2.5.16) instead of the
                          one the manifest pins (spec.components.version or the image tag; without
                          either, the operator's default image, Milvus ${OPERATOR_DEFAULT_MILVUS})
${OPERATOR_VERSION_HELP}
  --helm                  read the FILEs as Helm values of the milvus-helm chart, merged in order
                          as helm -f FILE -f FILE merges them (later wins, null deletes a key);
                          a values file is also recognised without it (a YAML map with no
                          apiVersion/kind and a key of the chart; helm get values output)
  --chart-version X       judge as this chart version (4.2.0 to 5.0.19; default the newest)
  --release NAME          the Helm release name the chart wires into addresses (default my-release)
  --set K=V               Helm's --set (a.b=1,c[0]=x; true/false, null and integers typed as
                          Helm types them); after the files, in order; may repeat
  --set-string K=V        Helm's --set-string: every value a string
  --webhook               the operator was installed with its webhook (enableWebhook: true):
                          a v1alpha1 Milvus is converted instead of refused, and what the
                          webhook validates (an external storage without its address) is
                          refused by the API server
  --skip-non-milvus       a file without any Milvus resource (a Deployment, a Helm values file ...)
                          is passed over instead of being an error; for hooks and globs that see
                          every YAML file. YAML errors and near misses of a Milvus resource
                          (a kind or apiVersion typo) are still reported
  -h, --help              show this help

${FINDINGS_EXIT_HELP}`;

export const EXPLAIN_HELP = `Usage: milvus-mq explain [--format text|json] [--milvus-version X.Y] [--operator-version V]
                         [--webhook] [--helm]
                         [--chart-version X] [--set K=V]... FILE...

Shows each Milvus resource as milvus-operator handles it (v1.3.8 unless --operator-version): the message storage in effect and
why, the version the operator believes and the versions the pods run, the Helm releases it
installs, the addresses Milvus connects to, the message-storage part of the milvus.yaml Milvus
receives, what is pruned, deleted or overwritten on the way, and whether Milvus is deployed at all.
For a live object (kubectl get milvus NAME -o yaml, or a kind: List of them) it first shows the
status the operator wrote: the version the pods run now beside the one the spec asks for, and
whether MsgStreamReady holds, with its reason and message.

Arguments:
  FILE                    a manifest file (or kubectl get milvus -o yaml output); - reads standard input

Options:
  --format text|json      text (default), or JSON:
                            {"files":[{"file","resources":[{"documentIndex","item","explanation","view"}]}]}
                            ("item": its place in a kind: List; "view.status": a live object's status)
  --milvus-version X.Y    judge against this Milvus version instead of the manifest's
${OPERATOR_VERSION_HELP}
  --helm, --chart-version X, --release NAME, --set K=V, --set-string K=V
                          Helm values of the milvus-helm chart (see milvus-mq check --help); the
                          config section then holds the milvus.yaml after config.tpl's blocks and user.yaml
  --webhook               the operator was installed with its webhook (see milvus-mq check --help)
  -h, --help              show this help

Exit status:
  0  every Milvus resource is deployed
  1  a resource is refused by the API server or never deployed, or a file holds no Milvus resource
  2  a file could not be read, or the command line is wrong
`;

export const DIFF_HELP = `Usage: milvus-mq diff [--format text|json] [--patch] [--operator-version V] OLD NEW
       milvus-mq diff --helm [--old-chart-version X] [--chart-version Y] [--reuse-values] OLD NEW

Tells what applying NEW does to a running Milvus. OLD is the live object
(kubectl get milvus NAME -o yaml, or a kind: List from kubectl get milvus -A -o yaml) or the file
last applied; NEW is the file about to be applied. NEW is merged into OLD as kubectl apply does
(fields the file does not name keep the value the operator wrote; the last-applied-configuration
annotation tells which fields the user set), both are resolved as the operator would, and each
consequence is reported at its line in NEW:
  a change of the message storage in effect (before Milvus 3.0: what is lost; from 3.0: the
  switch procedure and its plan, where Milvus has one), a msgStreamType kubectl apply keeps,
  a mode change the storage cannot follow, a version crossing 2.6 or 3.0, embedded persistence
  turned off or moved, the Pulsar chart moving between pulsar-v2 and pulsar-v3, deletionPolicy
  or pvcDeletion that delete the storage's data. Codes: src/model/findings/CODES.md.

With --helm, OLD and NEW are Helm values of the milvus-helm chart for helm upgrade (OLD as
installed with --old-chart-version, default the new one; NEW with --chart-version): the storage
change and version crossings (the same change rules), RocksMQ kept for a standalone first
installed before chart 5.0, the move to a new, empty Pulsar across chart 4.2.27, and, without
--reuse-values, what helm upgrade resets to the chart's defaults.

Arguments:
  OLD, NEW                files; - reads standard input (for one of them)

Options:
  --patch                 NEW is a JSON merge patch (RFC 7386), as kubectl patch --type merge -p
                          takes it (YAML or JSON): applied to the stored object, so fields the
                          patch does not name keep their value and null deletes one
${OPERATOR_VERSION_HELP}
  --format text|json      text (default): FILE:LINE:COL SEVERITY CODE MESSAGE, the switch
                          plan's steps when there is one, and a summary line.
                          json: {"files":[...as check...],"plans":[{"name","from","to",
                            "workable","blocker","steps":[{"title","detail","manifest"?,
                            "command"?}]}]}
  -h, --help              show this help

${FINDINGS_EXIT_HELP}`;

export const GENERATE_HELP = `Usage: milvus-mq generate [options]

Writes a Milvus Operator manifest for a message storage, as the wizard does. A combination the
support rules forbid (RocksMQ or NATS in cluster mode, NATS on Milvus 2.6 and later, Woodpecker
before 2.6, an external storage without an address ...) is refused with the reason.

Options:
  --mode standalone|cluster       deployment mode (default standalone)
  --mq ${Object.keys(STORAGE_CATALOG).join('|')}
                                  message storage (default: the operator's default for the
                                  mode and version: woodpecker on ${STREAMING_SINCE}+ standalone, rocksmq
                                  before, pulsar in cluster mode, also on 3.0, where
                                  Milvus's own default is woodpecker)
  --external                      use an external ${orList(EXTERNAL_CAPABLE.map((id) => MQ_LABELS[id]))} service
  --endpoint HOST:PORT            external Pulsar address (implies --external)
  --broker HOST:PORT              external Kafka broker; repeat for several (implies --external)
  --milvus-version ${MILVUS_MINOR_VERSIONS.join('|')}
                                  Milvus version; the image is that version's latest patch
                                  (2.6.22, 3.0.0 ...; default ${DEFAULT_MINOR})
  --name NAME                     metadata.name (default my-release)
  --namespace NAMESPACE           metadata.namespace (default: none, kubectl's current namespace)
  --api v1beta1|v1alpha1          v1beta1 (default): kind Milvus with spec.mode;
                                  v1alpha1: the legacy Milvus (standalone) or MilvusCluster (cluster).
                                  A v1alpha1 Milvus needs --webhook: the API server converts it
                                  through the operator's webhook, which a default install lacks
  --webhook                       the operator was installed with its webhook (enableWebhook: true)
  --values FILE                   the wizard's values as JSON (- reads standard input); the
                                  options above override them
  --target operator|helm          operator (default): a Milvus resource for Milvus Operator;
                                  helm: a values.yaml for the milvus-helm chart (zilliztech/milvus),
                                  the install command on standard error (a password comes from an
                                  environment variable there, never from the file)
  --chart-version X               with --target helm: the chart version (default: the newest known
                                  chart on the Milvus version's line)
  -o, --output FILE               write the manifest to FILE instead of standard output
  -h, --help                      show this help

Exit status:
  0  manifest written
  1  the combination is not supported (the reasons are printed)
  2  a file could not be read or written, or the command line is wrong
`;

export const POLICY_HELP = `Usage: milvus-mq policy [--validation-actions A[,A]] [--namespace-selector SELECTOR]
                        [--name NAME] [-o FILE]

Writes a ValidatingAdmissionPolicy and its ValidatingAdmissionPolicyBinding
(admissionregistration.k8s.io/v1, Kubernetes 1.30 or later) for milvus.io Milvus and MilvusCluster:
every check the checker can decide from the resource alone, in CEL, each with the checker's code
and message. On UPDATE it also holds the changes milvus-mq diff reports that the old and new
objects alone decide (a change of the storage in effect, of the mode, of the embedded storage's
volume, of the Pulsar chart ...), comparing oldObject with the object the update makes.
Apply it with kubectl apply -f ${POLICY_FILE_NAME}.
The API server drops fields the CRD does not declare before admission, so misplaced fields never
reach the policy: keep milvus-mq check in CI for those.

Options:
  --validation-actions A[,A]   what a failed check does: Warn (default: the request goes through,
                               kubectl prints a warning), Deny (the request is refused), Audit
                               (recorded in the audit log). Deny and Warn exclude each other.
  --namespace-selector SEL     only in namespaces whose labels match SEL, a label selector as
                               kubectl takes it: env=prod,tier in (a,b),!legacy (default: all)
  --name NAME                  name of the policy and its binding (default ${DEFAULT_POLICY_NAME})
  -o, --output FILE            write to FILE instead of standard output
  -h, --help                   show this help

Exit status:
  0  written
  2  the command line is wrong, or FILE cannot be written
`;

/** One entry per format, from the formats' own descriptions (text is the default). */
function formatList(): string {
  const indent = ' '.repeat(26);
  return OUTPUTS.map((o) => `${indent}${o.name}: ${o.description.replace(/\n/g, `\n${indent}  `)}`).join(
    '\n',
  );
}

/** "a, b or c". */
function orList(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

export const CLEAN_HELP = `Usage: milvus-mq clean [-o FILE] [FILE|-]

Makes a live object (kubectl get milvus NAME -o yaml, or a kind: List of them) ready to apply
again, as kubectl neat does: removes status, metadata.managedFields, resourceVersion, uid,
creationTimestamp, generation, selfLink, the kubectl.kubernetes.io/last-applied-configuration
annotation, milvus-operator's own labels, annotations and finalizer, and the defaults the operator
wrote back (operator v1.3.8). The last-applied annotation, when there is one, tells which fields
you set: those stay. Without it only fields that hold exactly the operator's default go, and the
charts' merged values stay. msgStreamType and the image always stay: without them a fresh install
gets the default of its day, which can be another message storage (a warning says when). Comments
and key order are kept. What was removed and why is printed on standard error.

Arguments:
  FILE                    the live object; - or nothing reads standard input

Options:
  -o, --output FILE       write the cleaned YAML to FILE instead of standard output
  -h, --help              show this help

Exit status:
  0  cleaned
  1  the input cannot be cleaned (a YAML error, no resource); the reason is on standard error
  2  the file cannot be read, or the command line is wrong
`;

export const SCHEMA_HELP = `Usage: milvus-mq schema [--helm] [-o FILE]

Writes a JSON Schema (draft-07) for editors that use yaml-language-server (VS Code's YAML
extension, Neovim, Helix ...): completion, hover help and validation while you type.

  milvus-mq schema          the v1beta1 Milvus resource of Milvus Operator, with every field's
                            description and enum
  milvus-mq schema --helm   the milvus-helm chart's message-storage keys (cluster, standalone,
                            pulsarv3, pulsar, kafka, woodpecker, streaming, externalPulsar,
                            externalKafka ...); other keys of the chart stay allowed

Use it with a modeline on the file's first line:
  # yaml-language-server: $schema=./milvus-mq-values.schema.json
or in VS Code's settings.json:
  "yaml.schemas": { "./milvus-mq-values.schema.json": ["values*.yaml"] }

Options:
  --helm               the chart's values instead of the Milvus resource
  -o, --output FILE    write the schema to FILE instead of standard output
  -h, --help           show this help
`;

export const LSP_HELP = `Usage: milvus-mq lsp --stdio

Runs the checker as a language server (Language Server Protocol 3.17) over standard input and
output, for editors: the findings of milvus-mq check as diagnostics while you type, its fixes as
quick fixes (Ctrl+. or the lightbulb), hover help on a key, and completion of keys and values
(msgStreamType offers the storages the mode and the Milvus version allow).

Options:
  --stdio                 talk over standard input and output (the only transport; editors pass it)

Settings (initializationOptions, or workspace/didChangeConfiguration, flat or under "milvus-mq"):
  milvusVersion           as check --milvus-version (e.g. "2.5")
  webhook                 as check --webhook (true or false)
  chartVersion            as check --chart-version, for a Helm values file
`;
