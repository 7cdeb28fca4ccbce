// "What will run", as a person reads it on the check page and in the wizard's review step: the
// outcome of each Milvus resource, then sections in words, then the milvus.yaml fragment.
import type { Locator, Page } from '@playwright/test';

export class WhatWillRunPanel {
  readonly root: Locator;

  /** `root`: one resource of the panel, for `resource()`. */
  constructor(scope: Page | Locator, root?: Locator) {
    this.root = root ?? scope.getByRole('region', { name: 'What will run', exact: true });
  }

  /** The outcome label of every resource shown: "Deployed", "Never deployed", "Refused". */
  outcome(): Locator {
    return this.root.locator('.what-will-run-outcome');
  }

  headline(): Locator {
    return this.root.locator('.what-will-run-headline');
  }

  /** A section ("Message storage", "Milvus versions", ...) by its title. */
  section(title: string | RegExp): Locator {
    return this.root.getByRole('region', { name: title });
  }

  /** Each resource shown, by its heading ("prod", "Item 2: small"). */
  resource(heading: string | RegExp): WhatWillRunPanel {
    return new WhatWillRunPanel(this.root, this.root.getByRole('article', { name: heading }));
  }

  /** A labelled fact of a live object's status ("Runs now", "MsgStreamReady"): its value. */
  statusFact(label: string): Locator {
    return this.section('Running now (status)')
      .locator('.what-will-run-facts > div')
      .filter({ has: this.root.page().locator('dt').getByText(label, { exact: true }) })
      .getByRole('definition');
  }

  /** The milvus.yaml fragment Milvus receives. */
  yaml(): Locator {
    return this.root.locator('pre.what-will-run-yaml');
  }
}

/** The remembered "The operator was installed with its webhook" checkbox. */
export function webhookToggle(page: Page): Locator {
  return page.getByRole('checkbox', { name: 'The operator was installed with its webhook' });
}

/** The page scrolls sideways (something is wider than the viewport). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}
