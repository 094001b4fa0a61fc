import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppErrorBoundary } from '../AppErrorBoundary';

function Boom(): never {
  throw new Error('kaboom: stack trace material');
}

describe('AppErrorBoundary', () => {
  let consoleError: jest.SpyInstance;
  beforeEach(() => {
    consoleError = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => consoleError.mockRestore());

  it('renders its children when nothing throws', () => {
    render(
      <AppErrorBoundary>
        <p>All good</p>
      </AppErrorBoundary>,
    );
    expect(screen.getByText('All good')).toBeInTheDocument();
  });

  it('shows a friendly message and a Reload button, never the error, when a child throws', async () => {
    const onReload = jest.fn();
    render(
      <AppErrorBoundary onReload={onReload}>
        <Boom />
      </AppErrorBoundary>,
    );

    expect(
      screen.getByRole('heading', { level: 1, name: 'Something went wrong' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent('kaboom');
    expect(document.body).not.toHaveTextContent('stack trace');

    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalledTimes(1);

    // The error still reaches the console for developers.
    expect(consoleError).toHaveBeenCalledWith(
      'Alliance Commons: unhandled error',
      expect.objectContaining({ message: 'kaboom: stack trace material' }),
      expect.any(String),
    );
  });
});
