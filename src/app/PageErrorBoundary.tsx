import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Last line of defence: a page that throws while rendering shows what went wrong instead of a
 * blank screen. The header stays usable, and the user's text survives: the check page keeps its
 * text in module memory, the wizard its draft in localStorage, and "Try again" renders the page anew.
 */
export class PageErrorBoundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Page error', error, info.componentStack);
  }

  render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="callout callout-danger page-error" role="alert">
        <h1>Something went wrong on this page</h1>
        <p>
          {error.message || String(error)}. Your text and your wizard draft are kept: try again, or use another
          page from the menu above.
        </p>
        <button type="button" className="button button-primary" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    );
  }
}
