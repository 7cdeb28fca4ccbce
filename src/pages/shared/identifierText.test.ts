import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { breakAfterDots, splitIdentifiers } from './identifierText.ts';

const identifiers = (text: string) =>
  splitIdentifiers(text)
    .filter((p) => p.identifier)
    .map((p) => p.text);

describe('labels and help text: the identifiers in them', () => {
  it('finds field paths and camelCase names, not abbreviations or numbers', () => {
    expect(identifiers('values.replicaCount: number of Kafka brokers.')).toEqual(['values.replicaCount']);
    expect(identifiers('spec.config.kafka.saslUsername (ignored when a secretRef is set).')).toEqual([
      'spec.config.kafka.saslUsername',
      'secretRef',
    ]);
    expect(identifiers('values.bookkeeper.resources.limits.cpu, e.g. 4.')).toEqual([
      'values.bookkeeper.resources.limits.cpu',
    ]);
    expect(identifiers('Default 17179869184 (16 GB), or 8.5 MB.')).toEqual([]);
    expect(identifiers('it converts milvus.io/v1alpha1 Milvus')).toEqual([]);
  });

  it('keeps every character, in order', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        expect(
          splitIdentifiers(text)
            .map((p) => p.text)
            .join(''),
        ).toBe(text);
      }),
    );
  });

  it('lets a path wrap only after its dots', () => {
    expect(breakAfterDots('values.broker.configData.managedLedgerDefaultAckQuorum')).toEqual([
      'values.',
      'broker.',
      'configData.',
      'managedLedgerDefaultAckQuorum',
    ]);
    expect(breakAfterDots('replicaCount')).toEqual(['replicaCount']);
  });
});
