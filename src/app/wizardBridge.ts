/**
 * The small shared state between pages of this single-page app: the wizard publishes the
 * deployment context it is editing, and other pages (the decision helper, the checker) hand it a
 * change to apply when the user next sees the wizard. Module state is enough: pages switch by hash
 * inside one document, so nothing here needs to survive a reload (the wizard's own draft does).
 */
import type { DeploymentMode, MsgStreamType } from '../model/support.ts';
import type { MilvusMinor } from '../model/versions.ts';

export interface WizardContext {
  mode: DeploymentMode;
  milvusVersion: MilvusMinor;
  msgStreamType: MsgStreamType;
}

export type PendingWizardChange =
  /** A storage chosen on another page, for the deployment context it was chosen in. */
  | { kind: 'setMsgStreamType'; msgStreamType: MsgStreamType; mode: DeploymentMode; milvusVersion: MilvusMinor }
  /** A manifest from the checker, to import into the wizard (YAML text). */
  | { kind: 'importManifest'; yaml: string };

let context: WizardContext | null = null;
let pending: PendingWizardChange | null = null;

export function publishWizardContext(next: WizardContext): void {
  context = next;
}

export function getWizardContext(): WizardContext | null {
  return context;
}

export function requestWizardChange(change: PendingWizardChange): void {
  pending = change;
}

/** Returns the change waiting for the wizard, once. */
export function takePendingWizardChange(): PendingWizardChange | null {
  const change = pending;
  pending = null;
  return change;
}
