import { Component, type ErrorInfo, type ReactNode } from "react";
import { ErrorMessage } from "./states";

interface ErrorBoundaryProps {
  /** What failed, for the message ("The hyper-parameters"). */
  what: string;
  children?: ReactNode;
  /** Remount the children when this changes (e.g. the entity or tab). */
  resetKey?: string;
}

/** One failing card or tab shows its error in place; the rest of the page keeps working. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: Error | null; key?: string }> {
  state: { error: Error | null; key?: string } = { error: null, key: this.props.resetKey };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: { error: Error | null; key?: string }) {
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null;
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`${this.props.what} failed to render`, error, info.componentStack);
  }

  render() {
    if (this.state.error) return <ErrorMessage error={this.state.error} what={this.props.what} verb="displayed" />;
    return this.props.children;
  }
}
