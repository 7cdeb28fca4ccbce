/**
 * A file that names no namespace is created in kubectl's current namespace (or the one given with
 * -n), and the operator writes in-cluster addresses with the resource's own namespace
 * (apis/milvus.io/v1beta1/milvus_webhook.go setDefaultMsgStreamConfigs, r.Namespace): addresses show
 * this stand-in then, never an assumed `default`.
 */
export const NAMESPACE_STAND_IN = '<namespace>';
