/**
 * Every message from the client passes here before it is dispatched: requests after `shutdown`
 * are answered `InvalidRequest` (as the protocol says), messages whose params do not have the
 * shape the server relies on are answered `InvalidParams` (requests) or logged and dropped
 * (notifications), so that no message, however malformed, reaches Langium in a shape it cannot
 * handle. `exit` always passes: the connection then exits 0 after `shutdown`, 1 without.
 */
import { ErrorCodes, ResponseError, type Connection, type Message, type MessageStrategy, type NotificationMessage, type RequestMessage } from 'vscode-languageserver';
import { paramsProblem } from './protocol-params.js';

/** The method a refused request is answered through (its handler turns the refusal into an error). */
const REFUSED = 'strat/refusedRequest';

type Next = Parameters<MessageStrategy['handleMessage']>[1];
type Handled = ReturnType<MessageStrategy['handleMessage']>;

interface Refusal {
    code: number;
    message: string;
}

export class ProtocolGuard implements MessageStrategy {
    private shutDown = false;

    constructor(private readonly log: (message: string) => void) {}

    /** Answers refused requests; call once the connection exists, before it listens. */
    install(connection: Connection): void {
        connection.onRequest(REFUSED, (refusal: Refusal) => {
            throw new ResponseError(refusal.code, refusal.message);
        });
    }

    handleMessage(message: Message, next: Next): Handled {
        const request = isRequest(message) ? message : undefined;
        const notification = request ? undefined : isNotification(message) ? message : undefined;
        const method = request?.method ?? notification?.method;
        if (method === undefined || method === 'exit') {
            return next(message);
        }
        if (this.shutDown) {
            if (request) {
                return this.refuse(request, next, { code: ErrorCodes.InvalidRequest, message: `The server is shutting down: '${method}' is not handled after 'shutdown'.` });
            }
            this.log(`Ignored '${method}': the server is shutting down.`);
            return;
        }
        if (method === 'shutdown') {
            this.shutDown = true;
        }
        const problem = paramsProblem(method, (request ?? notification)!.params);
        if (problem !== undefined) {
            if (request) {
                return this.refuse(request, next, { code: ErrorCodes.InvalidParams, message: `Invalid '${method}' request: ${problem}.` });
            }
            this.log(`Ignored a '${method}' notification: ${problem}.`);
            return;
        }
        return next(message);
    }

    private refuse(request: RequestMessage, next: Next, refusal: Refusal): Handled {
        const refused: RequestMessage = { jsonrpc: request.jsonrpc, id: request.id, method: REFUSED, params: refusal };
        return next(refused);
    }
}

function isRequest(message: Message): message is RequestMessage {
    const candidate = message as Partial<RequestMessage>;
    return typeof candidate.method === 'string' && (typeof candidate.id === 'number' || typeof candidate.id === 'string');
}

function isNotification(message: Message): message is NotificationMessage {
    const candidate = message as Partial<RequestMessage>;
    return typeof candidate.method === 'string' && candidate.id === undefined;
}
