import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Composer } from '../components/Composer';

describe('Composer', () => {
  it('previews the markdown, sanitised, and sends the body', async () => {
    const user = userEvent.setup();
    const onSubmit = jest.fn().mockResolvedValue(null);
    render(<Composer label="Your reply" submitLabel="Post reply" onSubmit={onSubmit} />);
    const text = screen.getByLabelText('Your reply');
    await user.click(text);
    await user.paste('**Bold** idea [x](javascript:alert(1))');
    await user.click(screen.getByRole('button', { name: 'Preview' }));
    const preview = screen.getByTestId('composer-preview');
    expect(preview.querySelector('strong')).toHaveTextContent('Bold');
    expect(preview.querySelector('a')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Write' }));
    await user.click(screen.getByRole('button', { name: 'Post reply' }));
    expect(onSubmit).toHaveBeenCalledWith('**Bold** idea [x](javascript:alert(1))');
    expect(screen.getByLabelText('Your reply')).toHaveValue('');
  });

  it('suggests people after "@" and two letters and inserts the mention markup', async () => {
    const user = userEvent.setup();
    render(
      <Composer
        label="Your reply"
        submitLabel="Post reply"
        onSubmit={jest.fn()}
        mentionCandidates={[
          { id: 'VXNlcjoz', displayName: 'Cleo Dunn' },
          { id: 'VXNlcjo0', displayName: 'Dara Ek' },
        ]}
      />,
    );
    await user.type(screen.getByLabelText('Your reply'), 'Hi @cl');
    await user.click(screen.getByRole('button', { name: '@Cleo Dunn' }));
    expect(screen.getByLabelText('Your reply')).toHaveValue('Hi @[Cleo Dunn](user:VXNlcjoz) ');
    expect(screen.queryByRole('button', { name: '@Dara Ek' })).not.toBeInTheDocument();
  });
});
