import { createHmac } from 'node:crypto';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { performance } from 'node:perf_hooks';
import { guardedLookup, webhookUrlProblem } from './webhook-url';

export const USER_AGENT = 'AllianceCommons-Webhooks/1';

/** `sha256=` + hex HMAC-SHA256 of "<timestamp>.<raw body>" keyed with the webhook's secret. */
export function signatureFor(secret: string, timestamp: number, body: string): string {
  return (
    'sha256=' + createHmac('sha256', secret).update(`${timestamp}.`).update(body).digest('hex')
  );
}

export interface OutgoingDelivery {
  url: string;
  secret: string;
  event: string;
  deliveryId: string;
  body: string;
}

export interface DeliveryOutcome {
  ok: boolean;
  /** HTTP status, when the receiver answered. */
  status: number | null;
  /** Until the response headers (or the failure). */
  timeMs: number;
  /** Why it failed, for the delivery log. */
  error: string | null;
}

/**
 * POSTs one signed delivery. 2xx is success; anything else (other statuses, redirects, which
 * are not followed, timeouts, refused addresses) is a failure to retry. Never throws.
 */
export async function sendDelivery(
  d: OutgoingDelivery,
  options: { timeoutMs: number; production: boolean; now?: () => number },
): Promise<DeliveryOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const problem = webhookUrlProblem(d.url, options.production);
  if (problem) return { ok: false, status: null, timeMs: 0, error: `Not sent: ${problem}` };
  const timestamp = Math.floor((options.now ?? Date.now)() / 1000);
  const headers = {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(d.body)),
    'User-Agent': USER_AGENT,
    'X-Alliance-Event': d.event,
    'X-Alliance-Delivery': d.deliveryId,
    'X-Alliance-Timestamp': String(timestamp),
    'X-Alliance-Signature': signatureFor(d.secret, timestamp, d.body),
  };
  const url = new URL(d.url);
  return new Promise<DeliveryOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: DeliveryOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const req = send(url, {
      method: 'POST',
      headers,
      agent: false,
      // In production every address a host name resolves to is checked before connecting.
      ...(options.production ? { lookup: guardedLookup } : {}),
    });
    const timer = setTimeout(() => {
      finish({
        ok: false,
        status: null,
        timeMs: elapsed(),
        error: `No response within ${options.timeoutMs / 1000} s.`,
      });
      req.destroy();
    }, options.timeoutMs);
    req.on('response', (res) => {
      const status = res.statusCode ?? 0;
      const ok = status >= 200 && status < 300;
      finish({
        ok,
        status,
        timeMs: elapsed(),
        error: ok
          ? null
          : `The receiver answered HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}.`.slice(
              0,
              300,
            ),
      });
      // The response body is not used: stop reading it.
      res.destroy();
    });
    req.on('error', (error: NodeJS.ErrnoException) => {
      finish({
        ok: false,
        status: null,
        timeMs: elapsed(),
        error: (error.message || error.code || 'Connection failed').slice(0, 500),
      });
    });
    req.end(d.body);
  });
}
