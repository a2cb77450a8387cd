// Same-origin calls to the gateway with the session cookie; state-changing calls carry the
// XSRF token the gateway set as a cookie. Failures become ApiError with words to show.
import { explainProblem, type Explained, type Problem } from './problems';

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;
  readonly explained: Explained;

  constructor(status: number, problem: Problem | null, action?: string) {
    const explained = explainProblem(status, problem, action);
    super(explained.message);
    this.status = status;
    this.problem = problem;
    this.explained = explained;
  }
}

export function readCookie(name: string, cookies = typeof document === 'undefined' ? '' : document.cookie): string | null {
  for (const part of cookies.split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

export interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  headers?: Record<string, string>;
  /** words for "<action> got no answer" */
  action?: string;
  timeoutMs?: number;
}

let onSignedOut: () => void = () => {};

/** Called once when any call answers 401: the header then offers sign-in. */
export function whenSignedOut(listener: () => void): void {
  onSignedOut = listener;
}

export async function call<T>(path: string, options: CallOptions = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') {
    const xsrf = readCookie('XSRF-TOKEN');
    if (xsrf) headers['X-XSRF-TOKEN'] = xsrf;
  }
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs ?? 15_000);
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      credentials: 'same-origin',
      signal: controller.signal,
    });
  } catch {
    throw new ApiError(0, null, options.action);
  } finally {
    clearTimeout(timer);
  }
  if (response.ok) {
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text ? JSON.parse(text) : undefined) as T;
  }
  let problem: Problem | null = null;
  try {
    const type = response.headers.get('Content-Type') ?? '';
    if (type.includes('json')) problem = (await response.json()) as Problem;
  } catch {
    problem = null;
  }
  if (response.status === 401 && !path.startsWith('/bff/user')) onSignedOut();
  throw new ApiError(response.status, problem, options.action);
}

export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
