/**
 * The small shared state between pages of this single-page app: the wizard publishes the
 * deployment context it is editing, and other pages (the decision helper, the checker) hand it a
 * change to apply when the user next sees the wizard. Module state is enough: pages switch by hash
 * inside one document, so nothing here needs to survive a reload (the wizard's own draft does).
 */
import type { MsgStreamType } from '../model/facts/support.ts';
import type { DeploymentContext } from '../model/wizard/contextChange.ts';
import type { HandOver } from '../model/wizard/session.ts';

export interface WizardContext extends DeploymentContext {
  msgStreamType: MsgStreamType;
}

let context: WizardContext | null = null;
let pending: HandOver | null = null;

export function publishWizardContext(next: WizardContext): void {
  context = next;
}

export function getWizardContext(): WizardContext | null {
  return context;
}

export function requestWizardChange(change: HandOver): void {
  pending = change;
}

/** Returns the change waiting for the wizard, once. */
export function takeHandOver(): HandOver | null {
  const change = pending;
  pending = null;
  return change;
}
