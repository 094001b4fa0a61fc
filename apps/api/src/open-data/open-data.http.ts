import {
  type ArgumentsHost,
  type CanActivate,
  Catch,
  type ExecutionContext,
  type ExceptionFilter,
  HttpException,
  Injectable,
  Logger,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import { AppError, ErrorCode } from '../common/errors';
import { RateLimitService } from '../common/rate-limit/rate-limit.service';

/**
 * Runs first on every open-data request. Sets the cross-origin headers (any site may read open
 * data from the browser, errors included; no credentials are ever considered), then counts the
 * request against the general per-IP limit ('api:ip', shared with anonymous GraphQL callers):
 * AccessGuard only limits GraphQL operations, and open data needs no @Access declaration (only
 * GraphQL operations carry one), but each export reads the whole library. By IP always, even
 * with a session or token: open data ignores credentials.
 */
@Injectable()
export class OpenDataRateLimitGuard implements CanActivate {
  constructor(private readonly rateLimits: RateLimitService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader(
      'Access-Control-Expose-Headers',
      'ETag, Last-Modified, Content-Disposition, Retry-After',
    );
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    await this.rateLimits.consume('api:ip', req.ip ?? 'unknown');
    return true;
  }
}

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.RATE_LIMITED]: 429,
};

/**
 * Errors of the open-data endpoints as `{ "error": { "code", "message" } }` with a fitting
 * status: 400 BAD_USER_INPUT (with fieldErrors), 429 RATE_LIMITED (with Retry-After), and for
 * anything unexpected 500 INTERNAL_SERVER_ERROR with a generic message, logged, never a stack.
 * When the body has started streaming, the connection is cut instead so a truncated file is
 * recognisable as failed.
 */
@Catch()
export class OpenDataExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('OpenData');

  catch(exception: unknown, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    const req = host.switchToHttp().getRequest<Request>();
    const { status, body, headers } = this.describe(exception, req);
    if (res.headersSent) {
      res.destroy();
      return;
    }
    for (const name of ['ETag', 'Last-Modified', 'Content-Disposition']) res.removeHeader(name);
    res.setHeader('Cache-Control', 'no-store');
    for (const [name, value] of headers) res.setHeader(name, value);
    res.status(status).json(body);
  }

  private describe(exception: unknown, req: Request) {
    if (exception instanceof AppError) {
      const { code, http, fieldErrors, retryAfterSeconds } = exception.extensions as {
        code: string;
        http?: { status?: number; headers?: Map<string, string> };
        fieldErrors?: unknown;
        retryAfterSeconds?: number;
      };
      const status = http?.status ?? STATUS[code] ?? 400;
      return {
        status,
        headers: [...(http?.headers ?? new Map<string, string>())],
        body: {
          error: {
            code,
            message: exception.message,
            ...(fieldErrors ? { fieldErrors } : {}),
            ...(retryAfterSeconds ? { retryAfterSeconds } : {}),
          },
        },
      };
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      const code =
        status === 404
          ? ErrorCode.NOT_FOUND
          : status === 429
            ? ErrorCode.RATE_LIMITED
            : ErrorCode.BAD_USER_INPUT;
      return { status, headers: [], body: { error: { code, message: exception.message } } };
    }
    this.logger.error({ err: exception, url: req.originalUrl }, 'Open-data request failed');
    return {
      status: 500,
      headers: [],
      body: {
        error: {
          code: ErrorCode.INTERNAL_SERVER_ERROR,
          message:
            'Something went wrong on our side. Please try again; if it keeps happening, tell the platform team.',
        },
      },
    };
  }
}
