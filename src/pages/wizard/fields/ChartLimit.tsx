import { useContext, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { useWizardFormContext } from './formTypes.ts';
import { HelmFieldHelpContext } from './targetHelp.ts';

/**
 * A setting the milvus-helm chart cannot hold: on the Helm target its field is disabled (a
 * disabled fieldset disables whatever control it holds), and the reason takes the place of the
 * field's help, where the operator's help would say what the setting does under the operator. The
 * reasons are the Helm writer's own (model/helm/write/places.ts), so the form and the values file
 * agree on what is written. Each step makes its own from its table, so a step's reasons load with
 * the step (the first step's with the page, the settings' with the settings step).
 */
export function chartLimitFor<Name extends string>(reasons: Readonly<Record<Name, string>>) {
  return function ChartLimit({ name, children }: { name: Name; children: ReactNode }) {
    const { control } = useWizardFormContext();
    const target = useWatch({ control, name: 'target' });
    const helmHelp = useContext(HelmFieldHelpContext);
    const reason = target === 'helm' ? reasons[name] : undefined;
    if (!reason) return <>{children}</>;
    const help = new Map(helmHelp ?? []).set(name, `Not with Helm: ${reason}`);
    return (
      <HelmFieldHelpContext.Provider value={help}>
        <fieldset disabled className="chart-limit-field">
          {children}
        </fieldset>
      </HelmFieldHelpContext.Provider>
    );
  };
}
