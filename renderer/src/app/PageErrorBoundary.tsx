import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, AlertTitle, Button, Stack } from '@mui/material';

interface State {
  error: Error | null;
}

/**
 * A page that fails to draw (a record the page did not expect, a bug) shows
 * what happened in place of the page, with the navigation still there: without
 * it React unmounts the whole app and leaves a blank window. Nothing is lost:
 * every write is saved as typed. Opening another page draws it afresh.
 */
export class PageErrorBoundary extends Component<{ children: ReactNode; page: string }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  /** Another page opened: it is drawn afresh (the pages are not remounted otherwise). */
  override componentDidUpdate(prev: { page: string }): void {
    if (prev.page !== this.props.page && this.state.error) this.setState({ error: null });
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('page failed to draw', error, info.componentStack);
  }

  override render(): ReactNode {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Alert severity="error" data-testid="page-error" sx={{ maxWidth: 720 }}>
        <AlertTitle>这一页没能显示出来</AlertTitle>
        已保存的数据没有丢失。可以从左侧打开其他页面，或重新打开这一页；如果每次都出现，请把下面这行说明告诉维护人员。
        <Stack direction="row" spacing={1} sx={{ mt: 1.5, alignItems: 'center' }}>
          <Button variant="outlined" color="inherit" size="small" onClick={() => this.setState({ error: null })}>重新打开这一页</Button>
          <code style={{ fontSize: 12 }}>{String(error.message).slice(0, 200)}</code>
        </Stack>
      </Alert>
    );
  }
}
