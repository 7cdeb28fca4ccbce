// The Compare panel's words, by what the new text was read as (the check page's toggle names it too).
/** The panel's words for each kind of text: what the running text is, and what applies the new one. */
export const COMPARE_WORDS = {
  manifest: {
    heading: 'Compare with the running manifest',
    running: 'Running manifest',
    source: (
      <>
        Running manifest: <code>kubectl get milvus NAME -o yaml</code>, or the file last applied.
      </>
    ),
    unreadable: 'The running manifest cannot be read:',
    nothing: 'Applying this manifest changes nothing about the message storage of the running Milvus.',
    some: 'Applying this manifest to the running Milvus:',
    of: 'from the apply',
  },
  helm: {
    heading: 'Compare with the running values',
    running: 'Running values',
    source: (
      <>
        Running values: <code>helm get values RELEASE --all</code>, or the values file the release was
        installed with. The new values are judged as <code>helm upgrade</code> renders them.
      </>
    ),
    unreadable: 'The running values cannot be read:',
    nothing:
      'helm upgrade with these values changes nothing about the message storage of the running Milvus.',
    some: 'helm upgrade with these values:',
    of: 'from the upgrade',
  },
} as const;
