import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorFallback } from '../ui/ErrorFallback';

interface AppErrorBoundaryProps {
  children: ReactNode;
  /** What "Reload" does; the whole page by default. */
  onReload?: () => void;
}

interface AppErrorBoundaryState {
  hasError: boolean;
}

/**
 * The last line of defence around the whole app (providers and router included): a render error
 * anywhere shows a friendly message with a "Reload" button. The error itself goes to the console
 * for developers, never onto the screen.
 */
export class AppErrorBoundary extends Component<AppErrorBoundaryProps, AppErrorBoundaryState> {
  override state: AppErrorBoundaryState = { hasError: false };

  static getDerivedStateFromError(): AppErrorBoundaryState {
    return { hasError: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('Alliance Commons: unhandled error', error, info.componentStack);
  }

  override render(): ReactNode {
    if (this.state.hasError) return <ErrorFallback standalone onReload={this.props.onReload} />;
    return this.props.children;
  }
}
