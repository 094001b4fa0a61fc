import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CreateWebhookDocument,
  DeleteWebhookDocument,
  EnableWebhookDocument,
  OrganizationPageDocument,
  RotateWebhookSecretDocument,
  SendTestWebhookDocument,
  UpdateWebhookDocument,
} from '@alliance/graphql';
import { createCache } from '../../../app/apollo';
import { i18n } from '../../../app/i18n';
import { apiErrorResult } from '../../../test/graphqlErrors';
import { memberData, membersData, organizationPageData } from '../../../test/organizationMocks';
import { renderRoute } from '../../../test/renderRoute';
import { viewerData, viewerMock } from '../../../test/viewerMocks';
import { appendPage } from '../components/DeliveryLog';
import { deliveriesMock, deliveryData, webhookData, webhooksMock } from './webhookMocks';

const ADMIN_ID = 'VXNlcjox';
const SECRET = 'whsec_3q2-7Kx9mV1rT8bN4cL0pW6yZ5aQhJdFgEuSiOoR';
const NEW_SECRET = 'whsec_Zy9xW8vU7tS6rQ5pO4nM3lK2jI1hG0fEdCbA-_Q';
const PATH = '/organizations/natco-at';

const adminPage = organizationPageData({
  viewerRole: 'ADMIN',
  members: membersData([memberData(ADMIN_ID, 'Ana Example', 'ADMIN', 'ana@example.org')]),
  invitations: [],
  joinRequests: [],
});

function pageMock(organization = adminPage) {
  return {
    request: { query: OrganizationPageDocument, variables: { slug: 'natco-at' } },
    result: { data: { organization } },
    maxUsageCount: Number.POSITIVE_INFINITY,
  };
}

const adminMocks = () => [viewerMock(viewerData({ id: ADMIN_ID })), pageMock()];

const hook = webhookData();
const localHook = webhookData({
  id: 'V2ViaG9vazoy',
  url: 'http://127.0.0.1:4999/hook',
  events: ['THREAD_CREATED', 'POST_CREATED'],
  description: '',
});

/** The list item of a webhook, by its URL. */
async function item(url: string) {
  const items = await screen.findAllByTestId('webhook');
  const found = items.find((el) => within(el).queryByText(url));
  if (!found) throw new Error(`no webhook ${url}`);
  return found;
}

describe('Webhooks on the organization page', () => {
  it('is only for admins: a plain member sees no webhooks section', async () => {
    renderRoute(PATH, [
      viewerMock(viewerData({ id: 'VXNlcjoy', displayName: 'Boris Member' })),
      pageMock(organizationPageData({ viewerRole: 'MEMBER', members: adminPage.members })),
    ]);
    await screen.findByTestId('viewer-role');
    expect(screen.queryByRole('heading', { name: 'Webhooks' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('webhooks-section')).not.toBeInTheDocument();
  });

  it('lists the endpoints with their events, state and failures, and explains how to verify', async () => {
    const disabled = webhookData({
      id: 'V2ViaG9vazoz',
      url: 'https://old.natco.example.org/hook',
      events: ['POST_CREATED'],
      description: '',
      active: false,
      disabledReason: '10 deliveries in a row failed; the last: HTTP 500.',
      consecutiveFailures: 10,
    });
    renderRoute(PATH, [...adminMocks(), webhooksMock([hook, disabled])]);

    const section = await screen.findByTestId('webhooks-section');
    expect(within(section).getByRole('heading', { level: 2, name: 'Webhooks' })).toBeVisible();

    const active = await item(hook.url);
    expect(active).toHaveTextContent('Active');
    expect(active).toHaveTextContent('Feeds our case-management system');
    expect(active).toHaveTextContent('Events: Practice published, Practice updated');
    expect(active).toHaveTextContent('No failed deliveries in a row');
    expect(
      within(active).getByRole('button', { name: `Send a test to ${hook.url}` }),
    ).toBeVisible();
    expect(
      within(active).queryByRole('button', { name: `Enable the webhook ${hook.url}` }),
    ).not.toBeInTheDocument();

    const off = await item(disabled.url);
    expect(off).toHaveAttribute('data-active', 'false');
    expect(off).toHaveTextContent('Disabled');
    expect(within(off).getByTestId('webhook-disabled-reason')).toHaveTextContent(
      'Disabled: 10 deliveries in a row failed; the last: HTTP 500.',
    );
    expect(within(off).getByTestId('webhook-failures')).toHaveTextContent(
      '10 failed deliveries in a row',
    );
    expect(
      within(off).getByRole('button', { name: `Enable the webhook ${disabled.url}` }),
    ).toBeVisible();
    expect(
      within(off).queryByRole('button', { name: `Send a test to ${disabled.url}` }),
    ).not.toBeInTheDocument();

    // No secret anywhere: the API never sends it again.
    expect(screen.queryByTestId('webhook-secret')).not.toBeInTheDocument();

    const verify = screen.getByTestId('webhook-verify');
    expect(within(verify).getByRole('heading', { name: 'How to verify a delivery' })).toBeVisible();
    for (const header of [
      'X-Alliance-Event',
      'X-Alliance-Delivery',
      'X-Alliance-Timestamp',
      'X-Alliance-Signature',
    ]) {
      expect(within(verify).getByText(header)).toBeInTheDocument();
    }
    expect(verify).toHaveTextContent('HMAC-SHA256');
    expect(verify).toHaveTextContent('X-Alliance-Timestamp + "." + raw body');
    expect(verify).toHaveTextContent('more than 5 minutes');
  });

  it('shows a new webhook’s signing secret once, with a warning, and never keeps it', async () => {
    const cache = createCache();
    const created = webhookData({
      id: 'V2ViaG9vazo0',
      url: 'https://partner.example.org/alliance-hook',
      // Sorted by name, as the API stores them; shown in the form's order.
      events: ['POST_CREATED', 'PRACTICE_PUBLISHED'],
      description: 'Case sync',
    });
    renderRoute(
      PATH,
      [
        ...adminMocks(),
        webhooksMock([]),
        {
          request: {
            query: CreateWebhookDocument,
            variables: {
              organizationId: adminPage.id,
              input: {
                url: 'https://partner.example.org/alliance-hook',
                events: ['PRACTICE_PUBLISHED', 'POST_CREATED'],
                description: 'Case sync',
              },
            },
          },
          result: {
            data: {
              createWebhook: { __typename: 'CreatedWebhook', secret: SECRET, webhook: created },
            },
          },
        },
        webhooksMock([created]),
      ],
      { cache },
    );
    await screen.findByText('No webhooks yet.');

    await userEvent.type(
      screen.getByLabelText('Endpoint URL'),
      '  https://partner.example.org/alliance-hook ',
    );
    // Ticked in another order than the form's: sent in the form's order.
    await userEvent.click(screen.getByRole('checkbox', { name: /^Post written/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /^Practice published/ }));
    await userEvent.type(screen.getByLabelText(/^Description/), 'Case sync');
    await userEvent.click(screen.getByRole('button', { name: 'Add webhook' }));

    const panel = await screen.findByTestId('webhook-secret');
    expect(within(panel).getByLabelText('Signing secret')).toHaveValue(SECRET);
    expect(panel).toHaveTextContent('this is the only time it is shown');
    expect(panel).toHaveTextContent('For https://partner.example.org/alliance-hook');
    expect(within(panel).getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(
      within(panel).getByRole('heading', { name: 'Signing secret of your new webhook' }),
    ).toHaveFocus();
    expect(
      screen.getByText('The webhook https://partner.example.org/alliance-hook was added.'),
    ).toBeInTheDocument();
    // While the secret is shown, the form makes way for it.
    expect(screen.queryByRole('button', { name: 'Add webhook' })).not.toBeInTheDocument();

    // The list (fetched again) shows the new webhook, without its secret.
    const row = await item(created.url);
    expect(row).toHaveTextContent('Events: Practice published, Post written');
    expect(row).not.toHaveTextContent(SECRET);
    // The secret is not in the Apollo cache (the mutation ran with fetchPolicy no-cache).
    expect(JSON.stringify(cache.extract())).not.toContain(SECRET);

    await userEvent.click(within(panel).getByRole('button', { name: 'I have stored it' }));
    expect(screen.queryByTestId('webhook-secret')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(SECRET);
    expect(screen.getByRole('button', { name: 'Add webhook' })).toBeInTheDocument();
  });

  it('checks the form before sending it', async () => {
    renderRoute(PATH, [...adminMocks(), webhooksMock([])]);
    await screen.findByText('No webhooks yet.');

    await userEvent.click(screen.getByRole('button', { name: 'Add webhook' }));
    const url = screen.getByLabelText('Endpoint URL');
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveFocus();
    expect(screen.getByText('Enter the URL of your endpoint.')).toBeInTheDocument();
    expect(screen.getByText('Choose at least one event.')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: /^Practice updated/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    await userEvent.type(url, 'partner.example.org/hook');
    await userEvent.click(screen.getByRole('button', { name: 'Add webhook' }));
    expect(
      await screen.findByText('Enter a full URL, starting with https://.'),
    ).toBeInTheDocument();
  });

  it('shows the API’s BAD_USER_INPUT field errors next to their fields', async () => {
    renderRoute(PATH, [
      ...adminMocks(),
      webhooksMock([]),
      {
        request: {
          query: CreateWebhookDocument,
          variables: {
            organizationId: adminPage.id,
            input: {
              url: 'http://partner.example.org/hook',
              events: ['THREAD_CREATED'],
              description: '',
            },
          },
        },
        result: apiErrorResult('BAD_USER_INPUT', 'Check the webhook’s settings.', {
          fieldErrors: [
            {
              field: 'url',
              message: 'Use an https:// URL (http:// only for localhost during development).',
            },
            { field: 'events.0', message: 'Choose among PRACTICE_PUBLISHED, THREAD_CREATED.' },
          ],
        }),
      },
    ]);
    await screen.findByText('No webhooks yet.');

    await userEvent.type(screen.getByLabelText('Endpoint URL'), 'http://partner.example.org/hook');
    await userEvent.click(screen.getByRole('checkbox', { name: /^Discussion started/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Add webhook' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveAttribute('data-code', 'BAD_USER_INPUT');
    expect(alert).toHaveTextContent('see the messages next to the fields');
    const url = screen.getByLabelText('Endpoint URL');
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(
      expect.stringContaining(
        'Use an https:// URL (http:// only for localhost during development).',
      ),
    );
    expect(url).toHaveFocus();
    expect(
      screen.getByRole('checkbox', { name: /^Discussion started/ }),
    ).toHaveAccessibleDescription('Choose among PRACTICE_PUBLISHED, THREAD_CREATED.');
    // Nothing was created: no secret.
    expect(screen.queryByTestId('webhook-secret')).not.toBeInTheDocument();
  });

  it('deletes a webhook only once confirmed', async () => {
    renderRoute(PATH, [
      ...adminMocks(),
      webhooksMock([hook, localHook]),
      {
        request: { query: DeleteWebhookDocument, variables: { id: hook.id } },
        result: { data: { deleteWebhook: true } },
      },
    ]);
    const row = await item(hook.url);

    await userEvent.click(
      within(row).getByRole('button', { name: `Delete the webhook ${hook.url}` }),
    );
    expect(
      within(row).getByRole('group', {
        name: `Delete the webhook ${hook.url} and its delivery log?`,
      }),
    ).toBeVisible();
    // Changing one's mind keeps it.
    await userEvent.click(within(row).getByRole('button', { name: 'Cancel' }));
    expect(within(row).queryByRole('button', { name: 'Yes, delete' })).not.toBeInTheDocument();

    await userEvent.click(
      within(row).getByRole('button', { name: `Delete the webhook ${hook.url}` }),
    );
    await userEvent.click(within(row).getByRole('button', { name: 'Yes, delete' }));

    expect(await screen.findByText(`The webhook ${hook.url} was deleted.`)).toBeInTheDocument();
    expect(screen.getAllByTestId('webhook')).toHaveLength(1);
    expect(screen.queryByText(hook.url)).not.toBeInTheDocument();
    expect(screen.getByText(localHook.url)).toBeInTheDocument();
  });

  it('rotates the signing secret once confirmed, and shows the new one once', async () => {
    const user = userEvent.setup();
    const cache = createCache();
    renderRoute(
      PATH,
      [
        ...adminMocks(),
        webhooksMock([hook]),
        {
          request: { query: RotateWebhookSecretDocument, variables: { id: hook.id } },
          result: {
            data: {
              rotateWebhookSecret: {
                __typename: 'CreatedWebhook',
                secret: NEW_SECRET,
                webhook: { ...hook, updatedAt: '2026-11-29T12:00:00.000Z' },
              },
            },
          },
        },
      ],
      { cache },
    );
    const row = await item(hook.url);
    await user.click(
      within(row).getByRole('button', { name: `Rotate the signing secret of ${hook.url}` }),
    );
    expect(within(row).getByText(/Deliveries are signed with the new one at once/)).toBeVisible();
    await user.click(within(row).getByRole('button', { name: 'Yes, rotate' }));

    const panel = await screen.findByTestId('webhook-secret');
    expect(within(panel).getByRole('heading', { name: 'New signing secret' })).toHaveFocus();
    expect(within(panel).getByLabelText('Signing secret')).toHaveValue(NEW_SECRET);
    expect(panel).toHaveTextContent('this is the only time it is shown');
    expect(panel).toHaveTextContent('update your receiver');

    await user.click(within(panel).getByRole('button', { name: 'Copy' }));
    expect(await screen.findByText('Copied to the clipboard.')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(NEW_SECRET);
    expect(JSON.stringify(cache.extract())).not.toContain(NEW_SECRET);

    // Once stored, the secret is gone and the actions are back.
    await user.click(within(panel).getByRole('button', { name: 'I have stored it' }));
    expect(screen.queryByTestId('webhook-secret')).not.toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(NEW_SECRET);
    expect(
      within(row).getByRole('button', { name: `Rotate the signing secret of ${hook.url}` }),
    ).toBeVisible();
  });

  it('enables a disabled webhook again', async () => {
    const disabled = webhookData({
      active: false,
      disabledReason: '10 deliveries in a row failed; the last: connection refused.',
      consecutiveFailures: 10,
    });
    renderRoute(PATH, [
      ...adminMocks(),
      webhooksMock([disabled]),
      {
        request: { query: EnableWebhookDocument, variables: { id: hook.id } },
        result: {
          data: {
            enableWebhook: {
              ...disabled,
              active: true,
              disabledReason: null,
              consecutiveFailures: 0,
            },
          },
        },
      },
    ]);
    const row = await item(hook.url);
    await userEvent.click(
      within(row).getByRole('button', { name: `Enable the webhook ${hook.url}` }),
    );

    expect(
      await screen.findByText(`The webhook ${hook.url} is enabled again.`),
    ).toBeInTheDocument();
    expect(row).toHaveAttribute('data-active', 'true');
    expect(within(row).queryByTestId('webhook-disabled-reason')).not.toBeInTheDocument();
    expect(within(row).getByTestId('webhook-failures')).toHaveTextContent(
      'No failed deliveries in a row',
    );
    expect(within(row).getByRole('button', { name: `Send a test to ${hook.url}` })).toBeVisible();
  });

  it('edits a webhook’s URL, events and description', async () => {
    renderRoute(PATH, [
      ...adminMocks(),
      webhooksMock([hook]),
      {
        request: {
          query: UpdateWebhookDocument,
          variables: {
            id: hook.id,
            input: {
              url: 'https://hooks.natco.example.org/v2',
              events: ['PRACTICE_PUBLISHED', 'PRACTICE_UPDATED', 'THREAD_CREATED'],
              description: 'Feeds our case-management system',
            },
          },
        },
        result: {
          data: {
            updateWebhook: {
              ...hook,
              url: 'https://hooks.natco.example.org/v2',
              events: ['PRACTICE_PUBLISHED', 'PRACTICE_UPDATED', 'THREAD_CREATED'],
            },
          },
        },
      },
    ]);
    const row = await item(hook.url);
    await userEvent.click(
      within(row).getByRole('button', { name: `Edit the webhook ${hook.url}` }),
    );

    const url = within(row).getByLabelText('Endpoint URL');
    expect(url).toHaveValue(hook.url);
    expect(within(row).getByRole('checkbox', { name: /^Practice updated/ })).toBeChecked();
    await userEvent.clear(url);
    await userEvent.type(url, 'https://hooks.natco.example.org/v2');
    await userEvent.click(within(row).getByRole('checkbox', { name: /^Discussion started/ }));
    await userEvent.click(within(row).getByRole('button', { name: 'Save changes' }));

    expect(
      await screen.findByText('The webhook https://hooks.natco.example.org/v2 was saved.'),
    ).toBeInTheDocument();
    const updated = await item('https://hooks.natco.example.org/v2');
    expect(updated).toHaveTextContent(
      'Events: Practice published, Practice updated, Discussion started',
    );
    expect(within(updated).queryByLabelText('Endpoint URL')).not.toBeInTheDocument();
  });

  it('sends a test and shows the pending ping in the delivery log', async () => {
    const ping = deliveryData({
      id: 'V2ViaG9va0RlbGl2ZXJ5OjI',
      event: 'PING',
      status: 'PENDING',
      attempts: 0,
      responseStatus: null,
      responseTimeMs: null,
      lastAttemptAt: null,
      deliveredAt: null,
      nextAttemptAt: '2026-11-29T10:00:00.000Z',
      createdAt: '2026-11-29T10:00:00.000Z',
      payload: '{"type":"ping"}',
    });
    renderRoute(PATH, [
      ...adminMocks(),
      webhooksMock([hook]),
      {
        request: { query: SendTestWebhookDocument, variables: { id: hook.id } },
        result: { data: { sendTestWebhook: ping } },
      },
      deliveriesMock(hook.id, [ping]),
    ]);
    const row = await item(hook.url);
    await userEvent.click(within(row).getByRole('button', { name: `Send a test to ${hook.url}` }));

    expect(
      await screen.findByText(
        `A test ping to ${hook.url} is queued: follow it in the delivery log.`,
      ),
    ).toBeInTheDocument();
    expect(
      within(row).getByRole('button', { name: `Delivery log of ${hook.url}` }),
    ).toHaveAttribute('aria-expanded', 'true');
    const entry = await within(row).findByTestId('webhook-delivery');
    expect(entry).toHaveAttribute('data-status', 'PENDING');
    expect(entry).toHaveAttribute('data-event', 'PING');
    expect(entry).toHaveTextContent('Test ping');
    expect(entry).toHaveTextContent('Pending');
    expect(entry).toHaveTextContent('Next attempt:');
    expect(within(row).getByTestId('delivery-count')).toHaveTextContent(
      '1 delivery in the last 30 days',
    );
  });

  it('shows the delivery log with status, answer, attempts, time and error, page by page', async () => {
    const ok = deliveryData();
    const failed = deliveryData({
      id: 'V2ViaG9va0RlbGl2ZXJ5OjM',
      event: 'POST_CREATED',
      status: 'FAILED',
      attempts: 8,
      responseStatus: 500,
      responseTimeMs: 1203,
      error: 'The receiver answered HTTP 500.',
      deliveredAt: null,
      createdAt: '2026-11-28T09:00:00.000Z',
    });
    const older = deliveryData({
      id: 'V2ViaG9va0RlbGl2ZXJ5OjQ',
      event: 'THREAD_CREATED',
      status: 'FAILED',
      attempts: 1,
      responseStatus: null,
      responseTimeMs: null,
      error: 'Not sent: the subject is no longer visible to this organization.',
      deliveredAt: null,
      createdAt: '2026-11-27T09:00:00.000Z',
    });
    renderRoute(PATH, [
      ...adminMocks(),
      webhooksMock([hook]),
      deliveriesMock(hook.id, [ok, failed], { totalCount: 3, hasNextPage: true }),
      deliveriesMock(hook.id, [older], { totalCount: 3, after: `cursor-${failed.id}` }),
    ]);
    const row = await item(hook.url);
    const toggle = within(row).getByRole('button', { name: `Delivery log of ${hook.url}` });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');

    const table = await within(row).findByTestId('webhook-deliveries');
    expect(within(table).getByRole('columnheader', { name: 'Status' })).toBeInTheDocument();
    expect(within(row).getByTestId('delivery-count')).toHaveTextContent(
      '3 deliveries in the last 30 days',
    );
    let entries = within(table).getAllByTestId('webhook-delivery');
    expect(entries).toHaveLength(2);
    expect(entries[0]).toHaveTextContent('Practice published');
    expect(entries[0]).toHaveTextContent('practice.published');
    expect(entries[0]).toHaveTextContent('Delivered');
    expect(entries[0]).toHaveTextContent('204');
    expect(entries[0]).toHaveTextContent('in 87 ms');
    expect(entries[0]).toHaveTextContent('Nov 29, 2026');
    expect(entries[1]).toHaveAttribute('data-status', 'FAILED');
    expect(entries[1]).toHaveTextContent('Failed');
    expect(entries[1]).toHaveTextContent('500');
    expect(entries[1]).toHaveTextContent('The receiver answered HTTP 500.');
    expect(within(entries[1]!).getAllByRole('cell')[4]).toHaveTextContent(/^8$/);

    await userEvent.click(within(row).getByRole('button', { name: 'Load more' }));
    await within(table).findByText(
      'Not sent: the subject is no longer visible to this organization.',
    );
    entries = within(table).getAllByTestId('webhook-delivery');
    expect(entries.map((e) => e.getAttribute('data-event'))).toEqual([
      'PRACTICE_PUBLISHED',
      'POST_CREATED',
      'THREAD_CREATED',
    ]);
    expect(entries[2]).toHaveTextContent('No answer');
    expect(within(row).queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    await userEvent.click(toggle);
    expect(within(row).queryByTestId('webhook-deliveries')).not.toBeInTheDocument();
  });

  it('shows an empty delivery log', async () => {
    renderRoute(PATH, [...adminMocks(), webhooksMock([hook]), deliveriesMock(hook.id, [])]);
    const row = await item(hook.url);
    await userEvent.click(within(row).getByRole('button', { name: `Delivery log of ${hook.url}` }));
    expect(await within(row).findByText('Nothing was sent in the last 30 days.')).toBeVisible();
    expect(within(row).queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });
});

describe('appendPage', () => {
  it('keeps each delivery once and takes the newest page’s pageInfo', () => {
    const first = deliveriesMock('W', [deliveryData({ id: 'a' }), deliveryData({ id: 'b' })], {
      hasNextPage: true,
    }).result.data;
    const second = deliveriesMock('W', [deliveryData({ id: 'b' }), deliveryData({ id: 'c' })])
      .result.data;
    const merged = appendPage(first, second);
    const log = merged.node && 'deliveries' in merged.node ? merged.node.deliveries : null;
    expect(log?.edges.map((e) => e.node.id)).toEqual(['a', 'b', 'c']);
    expect(log?.pageInfo.hasNextPage).toBe(false);
    expect(appendPage(first, undefined)).toBe(first);
  });
});

describe('the webhook labels', () => {
  const schema = readFileSync(
    join(__dirname, '..', '..', '..', '..', '..', '..', 'packages', 'graphql', 'schema.graphql'),
    'utf8',
  );
  const values = (name: string) =>
    (new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1] ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => /^[A-Z][A-Z0-9_]*$/.test(line));

  it.each([
    ['WebhookEventType', 'webhooks.event'],
    ['WebhookEventType', 'webhooks.eventHelp'],
    ['WebhookDeliveryStatus', 'webhooks.deliveryStatus'],
  ])('cover every value of %s (%s.<VALUE>)', (enumName, prefix) => {
    const codes = values(enumName);
    expect(codes.length).toBeGreaterThan(2);
    for (const code of codes) {
      expect([code, i18n.exists(`${prefix}.${code}`)]).toEqual([code, true]);
    }
  });
});
