export const id = 232;
export const ids = [232];
export const modules = {

/***/ 14510:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Pt: () => (/* binding */ analyzeLine),
  AB: () => (/* binding */ analyzeText),
  d6: () => (/* binding */ canonicalMessages),
  pB: () => (/* binding */ isBlankLine),
  Hw: () => (/* binding */ lineHash),
  gR: () => (/* binding */ modelFacts),
  Db: () => (/* binding */ questionHash),
  p7: () => (/* binding */ splitKeyOf),
  s5: () => (/* binding */ systemPreview)
});

// UNUSED EXPORTS: normalizeQuestion

// EXTERNAL MODULE: external "node:buffer"
var external_node_buffer_ = __webpack_require__(4573);
// EXTERNAL MODULE: ./src/dataset/hash.ts
var hash = __webpack_require__(81182);
// EXTERNAL MODULE: ./src/dataset/lines.ts
var lines = __webpack_require__(29355);
;// CONCATENATED MODULE: ./src/dataset/shape.ts
/**
 * Says what a line that is not a JSON object looks like, so the error names the cause (a pretty-printed
 * file, a JSON array, a comment, a raw line break inside a string) instead of a parser position.
 */
const JSONL_HINT = 'Write one complete JSON object per line (JSON Lines), e.g. with `jq -c . file.json`.';
/** Why `text` (a line that failed JSON.parse with `error`) is not a JSON object. */
function classifyUnparsable(text, error, continuesBrokenString) {
    const t = text.trim();
    const preview = t.length > 60 ? `${t.slice(0, 57)}...` : t;
    if (continuesBrokenString) {
        return {
            code: 'raw-newline',
            message: `continues a string from an earlier line: a raw line break inside a JSON string splits the example.`,
            hint: 'Write line breaks inside strings as \\n, so each example stays on one line.',
        };
    }
    if (/^(\/\/|#|\/\*|--)/.test(t)) {
        return {
            code: 'comment-line',
            message: `is a comment (\`${preview}\`); JSON Lines has no comments, and Azure rejects the line.`,
            hint: 'Move the note to a README (or a separate file): JSON Lines has no comments. A commented-out example can be kept outside the training file.',
        };
    }
    if (t === '[' || /^\[\s*\{/.test(t)) {
        return {
            code: 'json-array',
            message: `looks like part of a JSON array (\`${preview}\`): the file is a JSON document, not JSON Lines.`,
            hint: `Convert the array to one object per line: \`jq -c '.[]' data.json > data.jsonl\`.`,
        };
    }
    if (/^[{}]\s*,?$/.test(t) || /^"[^"]*"\s*:/.test(t) || /^[\]}]\s*[\]},]*$/.test(t)) {
        return {
            code: 'pretty-printed',
            message: `looks like a fragment of a pretty-printed JSON object (\`${preview}\`): each example must be on a single line.`,
            hint: JSONL_HINT,
        };
    }
    if (/Unterminated string|Bad control character|Bad escaped character/i.test(error) && t.startsWith('{')) {
        const control = /Bad control character/i.test(error);
        return {
            code: control ? 'control-character' : 'raw-newline',
            message: control
                ? 'has a raw control character (such as a tab) inside a string.'
                : 'ends inside a string: a raw line break inside a JSON string split this example over several lines.',
            hint: control
                ? 'Escape control characters inside strings (\\t for a tab, \\n for a line break).'
                : 'Write line breaks inside strings as \\n, so each example stays on one line.',
        };
    }
    if (/^\{\s*'/.test(t) || /:\s*'/.test(t)) {
        return {
            code: 'not-json',
            message: `is not valid JSON: it uses single quotes (\`${preview}\`).`,
            hint: 'JSON strings and keys need double quotes. Serialize with a JSON library instead of str()/repr().',
        };
    }
    if (/,\s*[}\]]/.test(t)) {
        return {
            code: 'not-json',
            message: `is not valid JSON: a trailing comma before a closing bracket (${error}).`,
            hint: 'Remove the comma after the last element, or serialize with a JSON library.',
        };
    }
    return {
        code: 'not-json',
        message: `is not valid JSON (${error}): \`${preview}\`.`,
        hint: JSONL_HINT,
    };
}
/** A line that opens an object but does not close it: the start of a string broken by a raw newline. */
function opensBrokenString(text, error) {
    return text.trimStart().startsWith('{') && /Unterminated string/i.test(error);
}
/** The JSON type of a parsed value, for messages. */
function jsonType(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

// EXTERNAL MODULE: ./src/dataset/formats.ts
var formats = __webpack_require__(19808);
// EXTERNAL MODULE: ./src/dataset/tokenizer/chat-template.ts
var chat_template = __webpack_require__(72985);
;// CONCATENATED MODULE: ./src/dataset/analyze.ts
/**
 * The per-line core of validation: bytes of one line in, everything the checks need out. Pure apart
 * from the tokenizer's memo, so it runs the same on the main thread and in workers.
 */






/** The facts of a catalog model that the checks use. */
function modelFacts(model) {
    return {
        id: model.id,
        template: model.template,
        contextLength: model.contextLength,
        supportsToolCalls: model.supportsToolCalls,
        addedTokens: model.addedTokens,
        methods: model.methods,
    };
}
const ROLES = ['system', 'user', 'assistant', 'tool'];
const MESSAGE_KEYS = new Set(['role', 'content', 'weight', 'tool_calls', 'tool_call_id', 'name', 'tools']);
const EXAMPLE_KEYS = new Set(['messages', 'tools', 'parallel_tool_calls']);
const GOLDEN_KEYS = new Set(['messages', 'tools', 'parallel_tool_calls', 'expected', 'id', 'metadata']);
const ROLE_SUGGESTIONS = {
    human: 'user',
    gpt: 'assistant',
    bot: 'assistant',
    ai: 'assistant',
    model: 'assistant',
    chatbot: 'assistant',
    function: 'tool',
    developer: 'system',
};
/** Normalized text for question matching: case, whitespace and surrounding punctuation do not matter. */
function normalizeQuestion(text) {
    return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
function questionHash(text) {
    return (0,hash/* hashHex */.Yy)((0,hash/* hash64 */.Dc)(normalizeQuestion(text)));
}
/** Canonical text of messages for hashing: role, content, tool calls and weight, in order. */
function canonicalMessages(messages) {
    let s = '';
    for (const m of messages) {
        s += `${m.role}\u0000${typeof m.content === 'string' ? m.content : ''}\u0000`;
        if (m.tool_calls)
            s += JSON.stringify(m.tool_calls);
        if (m.tool_call_id)
            s += `\u0000${m.tool_call_id}`;
        if (m.weight !== undefined)
            s += `\u0000w${m.weight}`;
        s += '\u0001';
    }
    return s;
}
const decoder = new TextDecoder('utf-8', { fatal: true });
function invalidUtf8Column(bytes) {
    // Binary search for the longest valid prefix (isUtf8 is fast); the first byte after it is the culprit.
    let lo = 0;
    let hi = bytes.length;
    while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if ((0,external_node_buffer_.isUtf8)(bytes.subarray(0, mid)) || isTruncatedSequence(bytes.subarray(0, mid)))
            lo = mid;
        else
            hi = mid - 1;
    }
    return { column: lo + 1, byte: bytes[lo] ?? 0 };
}
function isTruncatedSequence(bytes) {
    // A prefix cut inside a valid multi-byte character is not an error of the file.
    try {
        decoder.decode(bytes, { stream: true });
        decoder.decode();
        return true;
    }
    catch {
        decoder.decode();
        return false;
    }
}
function emptyResult(line, kind) {
    return {
        line,
        kind,
        format: 0,
        findings: [],
        opensObject: false,
        closesObject: false,
        tokens: 0,
        assistantTokens: 0,
        trainedTokens: 0,
        estimated: false,
        roles: [0, 0, 0, 0],
        hasSystem: false,
        hasUser: false,
    };
}
/** 64-bit hash of a line's bytes: the example's identity for duplicates, overlap and the diff. */
function lineHash(bytes, start = 0, end = bytes.length) {
    return (0,hash/* hashBytes */.yi)(bytes, start, end);
}
const seedHashes = new Map();
/**
 * A line's split key (see split.ts): the line hash mixed with the seed's hash (a murmur3 finalizer per
 * half), 48 bits so it is exact as a double. Identical lines get identical keys; ties go by line number.
 */
function splitKeyOf(seed, line) {
    let s = seedHashes.get(seed);
    if (!s) {
        s = (0,hash/* hash64 */.Dc)(seed);
        seedHashes.set(seed, s);
    }
    const hi = fmix32((line.hi ^ s.hi) >>> 0, line.lo);
    const lo = fmix32((line.lo ^ s.lo) >>> 0, hi);
    return (hi >>> 0) * 65536 + (lo >>> 16);
}
function fmix32(h, salt) {
    h = (h ^ Math.imul(salt, 0x9e3779b1)) >>> 0;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h >>> 0;
}
/** The last system prompt hashed on this thread: consecutive examples usually share it. */
let lastSystem;
function systemHash(text) {
    if (lastSystem?.text !== text)
        lastSystem = { text, hash: (0,hash/* hash64 */.Dc)(text) };
    return lastSystem.hash;
}
/** How a system prompt is shown in a report. */
function systemPreview(text) {
    return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
/** Spaces, tabs and carriage returns only: not an example. */
function isBlankLine(bytes) {
    for (let i = 0; i < bytes.length; i++) {
        const b = bytes[i];
        if (b !== 0x20 && b !== 0x09 && b !== 0x0d)
            return false;
    }
    return true;
}
/** Analyzes one line. `flags` are the splitter's LINE_* flags; `length` the line's original byte length. */
function analyzeLine(bytes, line, flags, length, options) {
    if (flags & lines/* LINE_TOO_LONG */.Fs) {
        const r = emptyResult(line, 'invalid');
        const head = Buffer.from(bytes).toString('utf8').slice(0, 40);
        r.findings.push({
            severity: 'error',
            code: 'line-too-long',
            message: `is ${length.toLocaleString('en-US')} bytes long, over the ${options.maxLineBytes.toLocaleString('en-US')}-byte limit for one example (it starts \`${head}\`).`,
            hint: 'A line this long is usually a whole JSON document on one line, or a file that is not JSON Lines. Split it into one example per line.',
        });
        return r;
    }
    if (isBlankLine(bytes))
        return emptyResult(line, 'blank');
    if (!(0,external_node_buffer_.isUtf8)(bytes)) {
        const r = emptyResult(line, 'invalid');
        const { column, byte } = invalidUtf8Column(bytes);
        r.findings.push({
            severity: 'error',
            code: 'not-utf8',
            message: `is not valid UTF-8 (byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at byte ${column}).`,
            hint: 'Save the file as UTF-8 (for Windows-1252/Latin-1 text: `iconv -f cp1252 -t utf-8 in.jsonl > out.jsonl`).',
        });
        return r;
    }
    if (bytes.indexOf(0) >= 0) {
        const r = emptyResult(line, 'invalid');
        r.findings.push({
            severity: 'error',
            code: 'nul-bytes',
            message: 'contains NUL bytes (0x00).',
            hint: 'JSON Lines is text; NUL bytes usually mean a binary file or a UTF-16 file. Save it as UTF-8 text.',
        });
        return r;
    }
    const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
    return analyzeText(text, bytes, 0, bytes.length, line, options);
}
/**
 * Analyzes one non-blank line already checked as UTF-8 without NUL bytes: `text` is its decoded
 * content, `bytes[start, end)` its bytes (hashed for the example's identity).
 */
function analyzeText(text, bytes, start, end, line, options) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        const error = e.message;
        const r = emptyResult(line, 'invalid');
        r.opensObject = opensBrokenString(text, error);
        r.closesObject = text.trimEnd().endsWith('}');
        const verdict = classifyUnparsable(text, error, false);
        r.findings.push({ severity: 'error', ...verdict });
        return r;
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        const r = emptyResult(line, 'invalid');
        r.findings.push({
            severity: 'error',
            code: 'not-object',
            message: `is ${jsonType(value)}, not a JSON object with \`messages\`.`,
            hint: Array.isArray(value)
                ? 'Each line must be one example object; for an array of examples, put each on its own line.'
                : 'Each line must be an object like {"messages": [{"role": "user", "content": "..."}, ...]}.',
        });
        return r;
    }
    const obj = value;
    const format = (0,formats/* detectFormat */.Tz)(obj);
    const r = emptyResult(line, 'example');
    r.format = (0,formats/* formatIndex */.Qe)(format);
    const method = options.method ?? 'sft';
    const accepted = (0,formats/* acceptedFormats */.Mh)(options.role, method);
    const usable = format === 'unknown' ||
        (accepted.includes(format) && !(format === 'eval' && !Array.isArray(obj.messages)));
    if (!usable) {
        // Another format: the file-level finding names it and the conversion; a per-line "unknown key"
        // would only suggest deleting data.
        r.kind = 'invalid';
        return r;
    }
    r.example = lineHash(bytes, start, end);
    if (options.splitSeed !== undefined)
        r.splitKey = splitKeyOf(options.splitSeed, r.example);
    if (format === 'dpo')
        checkPreference(obj, options, r);
    else
        checkExample(obj, options, r);
    for (const f of r.findings)
        if (f.severity === 'error' && STRUCTURAL.has(f.code))
            r.kind = 'invalid';
    return r;
}
/** Errors after which the line is not a usable example (no token counts, no stats). */
const STRUCTURAL = new Set([
    'missing-messages',
    'messages-not-array',
    'empty-messages',
    'message-not-object',
    'bad-preference',
]);
function error(f, code, message, hint) {
    f.push({ severity: 'error', code, message, hint });
}
function warn(f, code, message, hint) {
    f.push({ severity: 'warning', code, message, hint });
}
/**
 * Checks a list of messages (an example's, or a DPO prompt's or output's): each message's keys, role,
 * content, weight and tool calls, and the order of roles. `where` prefixes each message's name (e.g.
 * `preferred_output `); `roles` are the roles allowed there. Undefined when a message is not an object.
 */
function checkMessages(list, options, r, where = '', roles = ROLES, callIds = new Set()) {
    const { model } = options;
    const f = r.findings;
    const messages = [];
    let previousRole;
    let assistantCount = 0;
    let zeroWeights = 0;
    for (let i = 0; i < list.length; i++) {
        const at = `${where}message ${i + 1}`;
        const m = list[i];
        if (m === null || typeof m !== 'object' || Array.isArray(m)) {
            error(f, 'message-not-object', `${at} is ${jsonType(m)}, not an object.`, 'Each message is {"role": ..., "content": ...}.');
            return undefined;
        }
        const msg = m;
        const roleValue = msg.role;
        for (const key in msg) {
            if (!MESSAGE_KEYS.has(key) || (key === 'tools' && roleValue !== 'system')) {
                error(f, 'unknown-key', `${at} has a key \`${key}\` that Azure's chat format does not have (it has role, content, weight, tool_calls, tool_call_id, name); the service rejects the line.`, key === 'text' || key === 'message' || key === 'value'
                    ? `If it holds the message text, rename it to \`content\`.`
                    : 'Move what it says into the content, or keep it in a separate file (for example metadata keyed by line).');
            }
        }
        if (roleValue === undefined) {
            error(f, 'missing-role', `${at} has no \`role\`.`, 'Set role to system, user or assistant.');
            continue;
        }
        if (typeof roleValue !== 'string' || !roles.includes(roleValue)) {
            if (roleValue === 'developer') {
                error(f, 'developer-role', `${at} has role \`developer\`: OpenAI's name for the system role in its newer models. Azure's chat fine-tuning of ${model.id} takes \`system\`.`, 'Rename the role to "system" (`foundry-finetune convert` does it for the whole file).');
                continue;
            }
            const suggestion = typeof roleValue === 'string' ? ROLE_SUGGESTIONS[roleValue.toLowerCase()] : undefined;
            error(f, 'unknown-role', `${at} has ${typeof roleValue === 'string' && ROLES.includes(roleValue) ? 'a role not allowed here,' : 'an unknown role'} ${JSON.stringify(roleValue)}.`, suggestion
                ? `Use "${suggestion}" (roles are ${roles.join(', ')}).`
                : `Roles here are ${roles.join(', ')}.`);
            continue;
        }
        const roleName = roleValue;
        const toolCalls = msg.tool_calls;
        const hasToolCalls = Array.isArray(toolCalls) && toolCalls.length > 0;
        const content = msg.content;
        if (!('content' in msg)) {
            if (!(roleName === 'assistant' && hasToolCalls)) {
                error(f, 'missing-content', `${at} (${roleName}) has no \`content\`.`, 'Add the message text as `content`.');
            }
        }
        else if (typeof content !== 'string') {
            if (!(content === null && roleName === 'assistant' && hasToolCalls)) {
                error(f, 'non-string-content', `${at} (${roleName}) has content that is ${jsonType(content)}, not a string.`, Array.isArray(content)
                    ? 'Text fine-tuning takes content as one string: join the text parts into it (images cannot be trained on by this model).'
                    : 'Write the content as a string.');
            }
        }
        else if (content.trim() === '' && !(roleName === 'assistant' && hasToolCalls)) {
            error(f, 'empty-content', `${at} (${roleName}) has empty content.`, 'Write the message text, or remove the empty message.');
        }
        if (typeof content === 'string') {
            const token = (0,chat_template/* addedTokenMatcher */.m_)(model.addedTokens).find(content);
            if (token) {
                error(f, 'special-token', `${at} (${roleName}) contains \`${token.content}\`: ${model.id}'s tokenizer reads that text as its added token ${token.id}, not as text (counted so here).`, `Write it so the tokenizer sees text (e.g. \`${token.content.replace(/^<\|?/, (p) => `${p} `)}\`); if a template was pasted into the data, keep only the message text.`);
            }
        }
        if ('weight' in msg) {
            const weight = msg.weight;
            if (weight !== 0 && weight !== 1) {
                error(f, 'bad-weight', `${at} has weight ${JSON.stringify(weight)}; weight must be 0 or 1.`, 'Use 1 to train on the message, 0 to skip it.');
            }
            else if (roleName !== 'assistant') {
                error(f, 'weight-not-on-assistant', `${at} (${roleName}) has a weight; only assistant messages take one.`, 'Move the weight to the assistant message it is meant for; on other roles it has no effect.');
            }
            else if (weight === 0) {
                zeroWeights += 1;
            }
        }
        if (toolCalls !== undefined || roleName === 'tool') {
            if (!model.supportsToolCalls) {
                error(f, 'tools-unsupported', `${at} (${roleName}) ${roleName === 'tool' ? 'is a tool result' : 'has tool calls'}, but ${model.id} is not fine-tuned with tool calling.`, 'Fine-tune Phi-4-mini-instruct (model: Phi-4-mini-instruct), which takes tool calls.');
            }
        }
        if (toolCalls !== undefined)
            checkToolCalls(toolCalls, at, roleName, callIds, f);
        if (roleName === 'tool') {
            const id = msg.tool_call_id;
            if (typeof id !== 'string' || !callIds.has(id)) {
                error(f, 'unmatched-tool-call-id', typeof id === 'string'
                    ? `${at} (tool) answers tool_call_id ${JSON.stringify(id)}, which no earlier assistant tool call has.`
                    : `${at} (tool) has no \`tool_call_id\`.`, 'Set tool_call_id to the id of the assistant tool call this message answers.');
            }
        }
        if (previousRole === roleName && roleName === 'assistant') {
            // Azure's chat fine-tuning rejects two assistant messages in a row ("contains invalid schema"):
            // microsoft-foundry/fine-tuning issue #23 (2026-03-06), where a tool call and the answer were
            // two assistant messages without the tool result between them.
            error(f, 'consecutive-assistant', `${at} is a second assistant message in a row; Azure's fine-tuning rejects that.`, 'Merge the two into one assistant message, or add the turn between them (a tool result after a tool call, or the user turn).');
        }
        else if (previousRole === roleName && roleName !== 'tool') {
            warn(f, 'consecutive-role', `${at} is a second ${roleName} message in a row.`, 'Merge the two messages, or add the missing turn between them.');
        }
        previousRole = roleName;
        if (roleName === 'assistant')
            assistantCount += 1;
        r.roles[ROLES.indexOf(roleName)] += 1;
        const message = { role: roleName, content: typeof content === 'string' ? content : null };
        if (msg.weight === 0 || msg.weight === 1)
            message.weight = msg.weight;
        if (Array.isArray(toolCalls))
            message.tool_calls = toolCalls;
        if (typeof msg.tool_call_id === 'string')
            message.tool_call_id = msg.tool_call_id;
        if (roleName === 'system' && msg.tools !== undefined)
            message.tools = msg.tools;
        messages.push(message);
    }
    return { messages, assistantCount, zeroWeights };
}
function checkKeys(obj, allowed, f, where = '') {
    for (const key in obj) {
        if (allowed.has(key))
            continue;
        error(f, 'unknown-key', `has a key \`${where}${key}\` that Azure's format does not have (it has ${[...allowed].join(', ')}); the service rejects the line.`, 'Keep what it holds in a separate file (for example metadata keyed by line), or move it into a message.');
    }
}
/** The token count, context check and golden-question hashes of a parsed example. */
function countExample(messages, tools, options, r, forGeneration) {
    if (!options.tokenizer)
        return undefined;
    const tokenizer = options.tokenizer;
    const facts = { template: options.model.template, matcher: (0,chat_template/* addedTokenMatcher */.m_)(options.model.addedTokens) };
    const count = (0,chat_template/* countWithTemplate */.kC)(messages, facts, (t) => tokenizer.count(t), { tools, forGeneration });
    if (count.total > options.model.contextLength) {
        error(r.findings, 'over-context', `is ${count.total.toLocaleString('en-US')} tokens, over ${options.model.id}'s context of ${options.model.contextLength.toLocaleString('en-US')}.`, 'Split the conversation into several examples at a user turn (each keeps the system prompt); the service truncates or rejects it as it is.');
    }
    return count;
}
function systemOf(messages, r) {
    r.hasSystem = r.roles[0] > 0;
    r.hasUser = r.roles[1] > 0;
    if (!r.hasSystem)
        return;
    let system = '';
    for (const m of messages) {
        if (m.role === 'system') {
            system = m.content ?? '';
            break;
        }
    }
    r.system = system;
    r.systemHash = systemHash(system);
}
function goldenHits(messages, options, r) {
    if (!options.goldenQuestions || options.goldenQuestions.size === 0 || options.role === 'golden')
        return;
    for (const m of messages) {
        if (m.role !== 'user' || typeof m.content !== 'string')
            continue;
        const h = questionHash(m.content);
        if (options.goldenQuestions.has(h))
            (r.contaminates ??= []).push(h);
    }
}
function checkExample(obj, options, r) {
    const { model, role } = options;
    const f = r.findings;
    checkKeys(obj, role === 'golden' ? GOLDEN_KEYS : EXAMPLE_KEYS, f);
    const messagesValue = obj.messages;
    if (messagesValue === undefined) {
        error(f, 'missing-messages', 'has no `messages` key.', 'Each line is {"messages": [...]}; if the file is in another tool\'s format, `foundry-finetune convert` may map it.');
        return;
    }
    if (!Array.isArray(messagesValue)) {
        error(f, 'messages-not-array', `has \`messages\` as ${jsonType(messagesValue)}, not a list.`, 'Make `messages` a list of {role, content} objects.');
        return;
    }
    if (messagesValue.length === 0) {
        error(f, 'empty-messages', 'has an empty `messages` list.', 'Add at least a user and an assistant message.');
        return;
    }
    if (obj.tools !== undefined && !model.supportsToolCalls) {
        error(f, 'tools-unsupported', `defines \`tools\`, but ${model.id} is not fine-tuned with tool calling.`, 'Fine-tune Phi-4-mini-instruct (model: Phi-4-mini-instruct), which takes tools and tool calls.');
    }
    const parsed = checkMessages(messagesValue, options, r);
    if (!parsed)
        return;
    const { messages, assistantCount, zeroWeights } = parsed;
    const last = messages[messages.length - 1];
    let promptMessages = messages;
    if (role === 'golden' && 'expected' in obj) {
        const expected = obj.expected;
        const answers = typeof expected === 'string' ? [expected] : Array.isArray(expected) ? expected : undefined;
        if (!answers || answers.length === 0 || answers.some((a) => typeof a !== 'string' || a.trim() === '')) {
            error(f, 'bad-expected', '`expected` must be a non-empty string or a list of non-empty strings (acceptable answers).', 'Write the reference answer as a string, or several acceptable answers as a list of strings.');
        }
        if (last && last.role !== 'user') {
            error(f, 'not-ending-with-user', `ends with a ${last.role} message; a golden prompt with \`expected\` must end with the user's question.`, "End the messages with the user's question and keep the reference answer in `expected` (or, without `expected`, end with the assistant reference).");
        }
        r.golden = { messages, expected: (answers ?? []).filter((a) => typeof a === 'string') };
    }
    else {
        if (assistantCount === 0) {
            error(f, 'no-assistant', 'has no assistant message: there is nothing to learn.', 'Add the assistant reply the model should learn.');
        }
        else if (last && last.role !== 'assistant') {
            error(f, 'not-ending-with-assistant', `ends with a ${last.role} message; an example must end with the assistant reply.`, 'Add the assistant reply to the last turn (or, if the turn belongs to the next example, move it there).');
        }
        else if (zeroWeights === assistantCount && role !== 'golden') {
            warn(f, 'all-weights-zero', 'has weight 0 on every assistant message: nothing in it is trained.', 'Set weight 1 on the assistant message(s) the model should learn.');
        }
        if (last?.role === 'assistant')
            promptMessages = messages.slice(0, -1);
        if (role === 'golden' && last?.role === 'assistant') {
            r.golden = {
                messages: promptMessages,
                expected: [typeof last.content === 'string' ? last.content : ''],
            };
        }
    }
    if (options.promptHashes)
        r.prompt = (0,hash/* hash64 */.Dc)(canonicalMessages(promptMessages));
    systemOf(messages, r);
    goldenHits(messages, options, r);
    const count = countExample(messages, obj.tools, options, r, role === 'golden' && r.golden !== undefined);
    if (count) {
        r.tokens = count.total;
        r.assistantTokens = count.assistant;
        r.trainedTokens = count.trained;
        r.estimated = !count.exact;
    }
}
const DPO_KEYS = new Set(['input', 'preferred_output', 'non_preferred_output']);
const DPO_INPUT_KEYS = new Set(['messages', 'tools', 'parallel_tool_calls']);
const OUTPUT_ROLES = ['assistant', 'tool'];
/**
 * A DPO preference pair in Azure's shape (NOTES section 5, from Azure's DPO article): `input.messages`
 * is the prompt, ending with the turn the outputs answer; `preferred_output` and
 * `non_preferred_output` are lists of assistant (and tool) messages, each with an assistant message;
 * the two must differ, or the pair teaches nothing. Tokens: both sequences, prompt + each output
 * (the pair is trained as two sequences); trained tokens: the two outputs.
 */
function checkPreference(obj, options, r) {
    const f = r.findings;
    checkKeys(obj, DPO_KEYS, f);
    const input = obj.input;
    checkKeys(input, DPO_INPUT_KEYS, f, 'input.');
    const bad = (message, hint) => error(f, 'bad-preference', message, hint);
    if (!Array.isArray(input.messages) || input.messages.length === 0) {
        bad('has no prompt: `input.messages` must be a non-empty list of messages.', 'Put the conversation up to the answer in input.messages.');
        return;
    }
    const outputs = [
        ['preferred_output', obj.preferred_output],
        ['non_preferred_output', obj.non_preferred_output],
    ];
    for (const [key, value] of outputs) {
        if (!Array.isArray(value) || value.length === 0) {
            bad(`has ${value === undefined ? `no \`${key}\`` : `\`${key}\` that is not a non-empty list`}: a DPO pair needs both outputs.`, `Write ${key} as a list of assistant messages, e.g. [{"role": "assistant", "content": "..."}].`);
            return;
        }
    }
    const callIds = new Set();
    const prompt = checkMessages(input.messages, options, r, 'input ', ROLES, callIds);
    if (!prompt)
        return;
    const last = prompt.messages[prompt.messages.length - 1];
    if (last && last.role !== 'user' && last.role !== 'tool') {
        error(f, 'not-ending-with-user', `has a prompt that ends with a ${last.role} message; the outputs answer the prompt's last turn.`, 'End input.messages with the user turn (or tool result) that the two outputs answer.');
    }
    const answers = [];
    for (const [key, value] of outputs) {
        const parsed = checkMessages(value, options, r, `${key} `, OUTPUT_ROLES, new Set(callIds));
        if (!parsed)
            return;
        if (parsed.assistantCount === 0) {
            bad(`has no assistant message in \`${key}\`.`, `Give ${key} the assistant answer.`);
        }
        answers.push(parsed.messages);
    }
    if (canonicalMessages(answers[0]) === canonicalMessages(answers[1])) {
        error(f, 'same-preference', 'has the same preferred and non-preferred output: the pair teaches no preference.', 'Write the answer the model should not give as non_preferred_output.');
    }
    if (options.promptHashes)
        r.prompt = (0,hash/* hash64 */.Dc)(canonicalMessages(prompt.messages));
    systemOf(prompt.messages, r);
    goldenHits(prompt.messages, options, r);
    let total = 0;
    let trained = 0;
    let exact = true;
    for (const answer of answers) {
        const count = countExample([...prompt.messages, ...answer], input.tools, options, r, false);
        if (!count)
            continue;
        total += count.total;
        trained += count.trained;
        exact &&= count.exact;
    }
    r.tokens = total;
    r.assistantTokens = trained;
    r.trainedTokens = trained;
    r.estimated = !exact;
}
function checkToolCalls(value, at, role, callIds, f) {
    if (role !== 'assistant') {
        error(f, 'bad-tool-call', `${at} (${role}) has tool_calls; only assistant messages make tool calls.`, 'Move the tool calls to an assistant message.');
        return;
    }
    if (!Array.isArray(value)) {
        error(f, 'bad-tool-call', `${at} has tool_calls that is ${jsonType(value)}, not a list.`, 'Make tool_calls a list of {id, type: "function", function: {name, arguments}}.');
        return;
    }
    value.forEach((call, j) => {
        const where = `${at}, tool call ${j + 1}`;
        const c = call;
        if (!c ||
            typeof c !== 'object' ||
            typeof c.function !== 'object' ||
            c.function === null ||
            typeof c.function.name !== 'string') {
            error(f, 'bad-tool-call', `${where} is not {id, type: "function", function: {name, arguments}}.`, 'Give each tool call an id, type "function" and a function with a name and JSON arguments.');
            return;
        }
        if (typeof c.id === 'string')
            callIds.add(c.id);
        else
            error(f, 'bad-tool-call', `${where} (${c.function.name}) has no string \`id\`.`, 'Give each tool call an id that the tool message refers to.');
        const args = c.function.arguments;
        let ok = typeof args === 'string';
        if (ok) {
            try {
                JSON.parse(args);
            }
            catch {
                ok = false;
            }
        }
        if (!ok) {
            error(f, 'bad-tool-arguments', `${where} (${c.function.name}) has arguments that are not a JSON string: ${JSON.stringify(args)?.slice(0, 60)}.`, 'Write arguments as a string holding JSON, e.g. "{\\"city\\": \\"Paris\\"}".');
        }
    });
}


/***/ }),

/***/ 97404:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A3: () => (/* binding */ INFO_ESTIMATED),
/* harmony export */   ER: () => (/* binding */ analyzeChunk),
/* harmony export */   FO: () => (/* binding */ KIND_MASK),
/* harmony export */   HN: () => (/* binding */ COL_FORMAT),
/* harmony export */   KJ: () => (/* binding */ KIND_BLANK),
/* harmony export */   N5: () => (/* binding */ INFO_SYSTEM),
/* harmony export */   Ns: () => (/* binding */ PreviewTracker),
/* harmony export */   Vc: () => (/* binding */ COL_TRAINED),
/* harmony export */   X4: () => (/* binding */ INFO_CLOSES_OBJECT),
/* harmony export */   X5: () => (/* binding */ INFO_CRLF),
/* harmony export */   XY: () => (/* binding */ INFO_OPENS_OBJECT),
/* harmony export */   Y$: () => (/* binding */ COL_TOKENS),
/* harmony export */   _8: () => (/* binding */ COL_EXAMPLE),
/* harmony export */   cZ: () => (/* binding */ COLUMNS),
/* harmony export */   fs: () => (/* binding */ COL_ROLES),
/* harmony export */   hn: () => (/* binding */ KIND_INVALID),
/* harmony export */   n$: () => (/* binding */ analyzeTooLong),
/* harmony export */   o2: () => (/* binding */ COL_ASSISTANT),
/* harmony export */   ug: () => (/* binding */ COL_PROMPT),
/* harmony export */   yU: () => (/* binding */ INFO_PROMPT),
/* harmony export */   zq: () => (/* binding */ COL_SYSTEM)
/* harmony export */ });
/* unused harmony export KIND_EXAMPLE */
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _analyze_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(14510);
/* harmony import */ var _hash_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81182);
/* harmony import */ var _lines_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(29355);
/**
 * Analyzes a chunk of whole lines (see chunks.ts) into compact results: typed arrays with one row per
 * line, and objects only for the few lines that need them (findings, golden items). The chunk is
 * checked as UTF-8 and decoded once; only a chunk with a bad byte falls back to line-by-line checks.
 * Results carry no line numbers, so any thread can analyze any chunk; the main thread numbers them.
 */




/** Per-line numbers, COLUMNS per line in `ChunkResults.nums`. */
const COL_TOKENS = 0;
const COL_ASSISTANT = 1;
const COL_TRAINED = 2;
/** Four columns: system, user, assistant, tool messages. */
const COL_ROLES = 3;
const COL_EXAMPLE = 7;
const COL_PROMPT = 9;
const COL_SYSTEM = 11;
/** Index into FORMATS of the line's format. */
const COL_FORMAT = 13;
const COLUMNS = 14;
/** Per-line bits in `ChunkResults.info`. */
const KIND_MASK = 3;
const KIND_EXAMPLE = 0;
const KIND_BLANK = 1;
const KIND_INVALID = 2;
const INFO_CRLF = 4;
const INFO_SYSTEM = 8;
const INFO_ESTIMATED = 16;
const INFO_OPENS_OBJECT = 32;
const INFO_CLOSES_OBJECT = 64;
const INFO_PROMPT = 128;
/** System prompts a thread has already sent a preview of, per file (bounded). */
class PreviewTracker {
    sent = new _hash_js__WEBPACK_IMPORTED_MODULE_2__/* .HashTable64 */ .PB(256);
    /** True the first time (up to a cap) `hi, lo` is seen. */
    firstTime(hi, lo) {
        if (this.sent.size >= 4096)
            return false;
        return this.sent.insert(hi, lo, 1) === undefined;
    }
}
function emptyResults(lines) {
    return { lines, info: new Uint8Array(lines), nums: new Uint32Array(lines * COLUMNS), extras: [] };
}
function put(out, i, r, crlf, previews) {
    let info = r.kind === 'example' ? KIND_EXAMPLE : r.kind === 'blank' ? KIND_BLANK : KIND_INVALID;
    if (crlf)
        info |= INFO_CRLF;
    if (r.kind === 'blank') {
        out.info[i] = info;
        return;
    }
    const row = i * COLUMNS;
    const nums = out.nums;
    nums[row + COL_TOKENS] = r.tokens;
    nums[row + COL_ASSISTANT] = r.assistantTokens;
    nums[row + COL_TRAINED] = r.trainedTokens;
    nums[row + COL_ROLES] = r.roles[0];
    nums[row + COL_ROLES + 1] = r.roles[1];
    nums[row + COL_ROLES + 2] = r.roles[2];
    nums[row + COL_ROLES + 3] = r.roles[3];
    nums[row + COL_FORMAT] = r.format;
    if (r.example) {
        nums[row + COL_EXAMPLE] = r.example.hi;
        nums[row + COL_EXAMPLE + 1] = r.example.lo;
    }
    if (r.prompt) {
        info |= INFO_PROMPT;
        nums[row + COL_PROMPT] = r.prompt.hi;
        nums[row + COL_PROMPT + 1] = r.prompt.lo;
    }
    let extra;
    if (r.hasSystem && r.systemHash) {
        info |= INFO_SYSTEM;
        nums[row + COL_SYSTEM] = r.systemHash.hi;
        nums[row + COL_SYSTEM + 1] = r.systemHash.lo;
        if (previews.firstTime(r.systemHash.hi, r.systemHash.lo))
            extra = { index: i, systemPreview: (0,_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .systemPreview */ .s5)(r.system ?? '') };
    }
    if (r.estimated)
        info |= INFO_ESTIMATED;
    if (r.opensObject)
        info |= INFO_OPENS_OBJECT;
    if (r.closesObject)
        info |= INFO_CLOSES_OBJECT;
    out.info[i] = info;
    if (r.findings.length > 0 || r.contaminates || r.golden) {
        extra ??= { index: i };
        if (r.findings.length > 0)
            extra.findings = r.findings;
        if (r.contaminates)
            extra.contaminates = r.contaminates;
        if (r.golden)
            extra.golden = r.golden;
    }
    if (extra)
        out.extras.push(extra);
}
function asBuffer(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
/** A line over the size cap (its head and length), as a one-line chunk result. */
function analyzeTooLong(head, length, options, previews) {
    const out = emptyResults(1);
    put(out, 0, (0,_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .analyzeLine */ .Pt)(head, 0, _lines_js__WEBPACK_IMPORTED_MODULE_3__/* .LINE_TOO_LONG */ .Fs, length, options), false, previews);
    return out;
}
/** Analyzes the `lines` lines of `data` (each ending with `\n`, except possibly the last). */
function analyzeChunk(data, lines, options, previews) {
    const out = emptyResults(lines);
    const bytes = asBuffer(data);
    // One validation for the whole chunk; NUL bytes are as rare as bad UTF-8.
    const clean = (0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes) && bytes.indexOf(0) < 0;
    // Decoded a window of whole lines at a time: each byte once, into strings small enough for the
    // young generation. (A large string goes straight to the old one and lingers until a full GC;
    // above ~1 MB Node even mallocs it outside the heap, where the worker's heap cap does not reach.)
    let text = '';
    let ascii = false;
    let windowEnd = 0;
    let start = 0;
    let charStart = 0;
    for (let i = 0; i < lines; i++) {
        let newline = bytes.indexOf(0x0a, start);
        if (newline < 0)
            newline = bytes.length;
        let end = newline;
        const crlf = end > start && bytes[end - 1] === 0x0d;
        if (crlf)
            end -= 1;
        let r;
        if (!clean) {
            r = (0,_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .analyzeLine */ .Pt)(bytes.subarray(start, end), 0, 0, end - start, options);
        }
        else {
            if (start >= windowEnd) {
                windowEnd = Math.min(bytes.length, start + DECODE_WINDOW);
                const cut = windowEnd < bytes.length ? bytes.lastIndexOf(0x0a, windowEnd - 1) : -1;
                windowEnd = cut >= newline ? cut + 1 : windowEnd < bytes.length ? newline + 1 : windowEnd;
                text = bytes.toString('utf8', start, windowEnd);
                ascii = text.length === windowEnd - start;
                charStart = 0;
            }
            let charNewline = charStart + (newline - start);
            if (!ascii) {
                charNewline = text.indexOf('\n', charStart);
                if (charNewline < 0)
                    charNewline = text.length;
            }
            if (isBlankRange(bytes, start, end))
                r = BLANK;
            else {
                const line = text.slice(charStart, crlf ? charNewline - 1 : charNewline);
                r = (0,_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .analyzeText */ .AB)(line, bytes, start, end, 0, options);
            }
            charStart = charNewline + 1;
        }
        put(out, i, r, crlf, previews);
        start = newline + 1;
    }
    return out;
}
/** Bytes decoded at once: a string well under V8's large-object size (128 KB), short-lived. */
const DECODE_WINDOW = 32 * 1024;
const BLANK = { kind: 'blank' };
function isBlankRange(bytes, start, end) {
    // Almost every line starts with `{`: decide on the first byte without a subarray.
    if (start < end) {
        const b = bytes[start];
        if (b !== 0x20 && b !== 0x09 && b !== 0x0d)
            return false;
    }
    return (0,_analyze_js__WEBPACK_IMPORTED_MODULE_1__/* .isBlankLine */ .pB)(bytes.subarray(start, end));
}


/***/ }),

/***/ 98852:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pt: () => (/* binding */ BufferPool),
/* harmony export */   Qc: () => (/* binding */ scanChunks),
/* harmony export */   iY: () => (/* binding */ iterableReader),
/* harmony export */   q2: () => (/* binding */ fileReader)
/* harmony export */ });
/* harmony import */ var _memory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6801);

/** Bytes kept of a line over the size cap: enough to show what it looks like. */
const HEAD_BYTES = 256;
function fileReader(handle) {
    return async (into, offset, length) => (await handle.read(into, offset, length, null)).bytesRead;
}
/** A reader over a stream of byte chunks (a file at the base revision, say): copies them out. */
function iterableReader(source) {
    const iterator = source[Symbol.asyncIterator]();
    let current = new Uint8Array(0);
    let at = 0;
    return async (into, offset, length) => {
        while (at >= current.length) {
            const next = await iterator.next();
            if (next.done)
                return 0;
            current = next.value instanceof Uint8Array ? next.value : new Uint8Array(next.value);
            at = 0;
        }
        const n = Math.min(length, current.length - at);
        into.set(current.subarray(at, at + n), offset);
        at += n;
        return n;
    };
}
/** Chunk buffers, reused once their chunk has been analyzed (workers send them back). */
class BufferPool {
    free = [];
    size;
    keep;
    constructor(size, keep = 16) {
        this.size = size;
        this.keep = keep;
    }
    take() {
        return this.free.pop() ?? Buffer.allocUnsafeSlow(this.size);
    }
    /** Takes back a buffer that nothing else uses: kept for reuse, or freed. */
    give(buffer) {
        if (buffer.byteLength === this.size &&
            this.free.length < this.keep &&
            !(buffer instanceof SharedArrayBuffer))
            this.free.push(Buffer.from(buffer));
        else
            (0,_memory_js__WEBPACK_IMPORTED_MODULE_0__/* .freeNow */ .V)(buffer);
    }
}
/**
 * Reads to the end, handing over chunks in order. `onChunk` may return a promise: reading waits for
 * it, which is the backpressure when chunks go to workers. A chunk's buffer belongs to `onChunk`.
 */
async function scanChunks(read, options, onChunk) {
    const { pool } = options;
    const max = options.maxLineBytes;
    let buffer = pool.take();
    /** Bytes in `buffer`; complete lines end before `lineStart`; bytes before `scanned` were searched. */
    let used = 0;
    let lineStart = 0;
    let scanned = 0;
    let lines = 0;
    let firstLine = 1;
    let bytes = 0;
    let bom = false;
    let first = true;
    let endedInLongLine = false;
    /** Hands over the complete lines, moving the bytes from `restFrom` on to a fresh buffer. */
    const emit = async (restFrom) => {
        const full = buffer;
        const chunk = {
            firstLine,
            lines,
            data: full.subarray(0, lineStart),
            bom: bom && firstLine === 1,
        };
        const rest = used - restFrom;
        const next = rest > pool.size ? Buffer.allocUnsafeSlow(rest * 2) : pool.take();
        next.set(full.subarray(restFrom, used));
        buffer = next;
        used = rest;
        scanned = 0;
        lineStart = 0;
        firstLine += lines;
        lines = 0;
        if (chunk.lines > 0)
            await onChunk(chunk);
        else
            pool.give(full.buffer);
    };
    /** The line at `lineStart` is over the cap: skips to its end (`newline`, or further), reports it. */
    const skipLongLine = async (newline) => {
        // A copy (Buffer#slice would be a view of a buffer that is about to be reused).
        const head = new Uint8Array(buffer.subarray(lineStart, Math.min(lineStart + HEAD_BYTES, used)));
        let length;
        if (newline >= 0) {
            length = newline - lineStart;
            await emit(newline + 1);
        }
        else {
            length = used - lineStart;
            await emit(used);
            for (;;) {
                const n = await read(buffer, 0, buffer.length);
                bytes += n;
                if (n === 0) {
                    endedInLongLine = true;
                    break;
                }
                const at = buffer.subarray(0, n).indexOf(0x0a);
                if (at < 0) {
                    length += n;
                    continue;
                }
                length += at;
                buffer.copyWithin(0, at + 1, n);
                used = n - at - 1;
                break;
            }
        }
        const line = firstLine;
        firstLine += 1;
        await onChunk({ firstLine: line, lines: 1, tooLong: { head, length }, bom: bom && line === 1 });
    };
    for (;;) {
        // (A loop: the bytes moved to a fresh buffer may fill it.)
        while (used === buffer.length) {
            if (lineStart > 0)
                await emit(lineStart);
            else {
                // One line fills the buffer: make room (it is under the cap, or it would have been skipped).
                const grown = Buffer.allocUnsafeSlow(buffer.length * 2);
                grown.set(buffer);
                pool.give(buffer.buffer);
                buffer = grown;
            }
        }
        const n = await read(buffer, used, buffer.length - used);
        bytes += n;
        if (n === 0)
            break;
        used += n;
        if (first) {
            // A BOM can only be the first three bytes, which may take more than one read to arrive.
            if (used < 3 && buffer.subarray(0, used).indexOf(0x0a) < 0)
                continue;
            first = false;
            if (buffer[0] === 0xef && buffer[1] === 0xbb && buffer[2] === 0xbf) {
                bom = true;
                buffer.copyWithin(0, 3, used);
                used -= 3;
            }
        }
        // Count the new complete lines and check their lengths (searching only the bytes read).
        let view = buffer.subarray(0, used);
        for (;;) {
            const newline = view.indexOf(0x0a, scanned);
            if (newline < 0) {
                scanned = used;
                if (used - lineStart <= max)
                    break;
                await skipLongLine(-1);
                view = buffer.subarray(0, used);
                continue;
            }
            if (newline - lineStart > max) {
                await skipLongLine(newline);
                view = buffer.subarray(0, used);
                continue;
            }
            lines += 1;
            lineStart = newline + 1;
            scanned = lineStart;
        }
    }
    const missingFinalNewline = used > lineStart || endedInLongLine;
    if (used > lineStart) {
        lines += 1;
        lineStart = used;
    }
    await emit(used);
    pool.give(buffer.buffer);
    return { bytes, lines: firstLine - 1, missingFinalNewline };
}


/***/ }),

/***/ 19808:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mh: () => (/* binding */ acceptedFormats),
/* harmony export */   Qe: () => (/* binding */ formatIndex),
/* harmony export */   Tz: () => (/* binding */ detectFormat),
/* harmony export */   hR: () => (/* binding */ FORMATS),
/* harmony export */   sW: () => (/* binding */ formatAdvice)
/* harmony export */ });
const FORMATS = [
    'unknown',
    'chat',
    'dpo',
    'rft',
    'trl-preference',
    'sharegpt',
    'gemini',
    'functions',
    'prompt-completion',
    'vision',
    'eval',
];
function formatIndex(format) {
    return FORMATS.indexOf(format);
}
const CHAT_KEYS = new Set(['messages', 'tools', 'parallel_tool_calls']);
function isObject(v) {
    return v !== null && typeof v === 'object' && !Array.isArray(v);
}
function hasImagePart(messages) {
    for (const m of messages) {
        if (!isObject(m) || !Array.isArray(m.content))
            continue;
        for (const part of m.content) {
            if (isObject(part) && (part.type === 'image_url' || part.type === 'input_image' || 'image_url' in part))
                return true;
        }
    }
    return false;
}
/** The format one parsed JSON object has. Cheap: keys and a pass over the messages' roles. */
function detectFormat(obj) {
    if (isObject(obj.input) && ('preferred_output' in obj || 'non_preferred_output' in obj))
        return 'dpo';
    if ('chosen' in obj && 'rejected' in obj)
        return 'trl-preference';
    if (Array.isArray(obj.conversations))
        return 'sharegpt';
    if (Array.isArray(obj.contents))
        return 'gemini';
    const messages = obj.messages;
    if (Array.isArray(messages)) {
        if ('functions' in obj)
            return 'functions';
        let last;
        let developer = false;
        for (const m of messages) {
            if (!isObject(m))
                continue;
            if (m.role === 'function' || 'function_call' in m)
                return 'functions';
            if (m.role === 'developer')
                developer = true;
            last = m.role;
        }
        if (hasImagePart(messages))
            return 'vision';
        if ('expected' in obj)
            return 'eval';
        if (last === 'user') {
            for (const key in obj)
                if (!CHAT_KEYS.has(key))
                    return 'rft';
            if (developer)
                return 'rft';
        }
        return 'chat';
    }
    if ('prompt' in obj && 'completion' in obj)
        return 'prompt-completion';
    if ('expected' in obj)
        return 'eval';
    return 'unknown';
}
/** The formats a file of this role can hold, as this run trains. */
function acceptedFormats(role, method) {
    if (role === 'golden')
        return ['chat', 'eval'];
    return method === 'dpo' ? ['dpo'] : ['chat'];
}
const CONVERT = (path) => `\`foundry-finetune convert ${path} --out <new file>\``;
/** The file-level explanation of a format this run does not take. */
function formatAdvice(format, context) {
    const { path, role, method, model } = context;
    const sftWord = role === 'golden' ? 'a golden set' : 'supervised fine-tuning';
    switch (format) {
        case 'dpo':
            return {
                name: "Azure's DPO preference format (input, preferred_output, non_preferred_output)",
                converts: false,
                advice: role === 'golden'
                    ? 'A golden set is chat prompts with reference answers; keep preference pairs in the training file.'
                    : context.methods.includes('dpo')
                        ? `${model} can train on it with DPO: set training-method: dpo (training.method in the config file).`
                        : `${model} is offered ${context.methods.join(', ').toUpperCase()} only on Azure, not DPO: train a model that offers DPO with training-method: dpo, or build chat examples from the preferred outputs yourself (a choice convert does not make for you).`,
            };
        case 'trl-preference':
            return {
                name: 'TRL preference pairs (prompt, chosen, rejected)',
                converts: true,
                advice: `Azure's DPO takes {input: {messages}, preferred_output, non_preferred_output}: ${CONVERT(path)} writes that shape (chosen -> preferred_output, rejected -> non_preferred_output), for training-method: dpo${context.methods.includes('dpo') ? '' : ` on a model that offers DPO (${model} is offered ${context.methods.join(', ').toUpperCase()} only)`}.`,
            };
        case 'rft':
            return {
                name: 'reinforcement fine-tuning prompts (messages ending with the user turn, plus grader fields)',
                converts: false,
                advice: `RFT trains with a grader, not on answers: it is not offered for ${model}, and ${sftWord} needs the assistant answer in every example. Add the answers as assistant messages to make chat data.`,
            };
        case 'sharegpt':
            return {
                name: 'ShareGPT / LLaMA-Factory conversations (from, value)',
                converts: true,
                advice: `${CONVERT(path)} maps human -> user, gpt -> assistant, system -> system, function_call -> assistant tool_calls, observation -> tool, and the \`system\` and \`tools\` keys.`,
            };
        case 'gemini':
            return {
                name: 'Gemini tuning data (contents, role model, parts)',
                converts: true,
                advice: `${CONVERT(path)} maps role model -> assistant, text parts -> content, systemInstruction -> system, functionCall / functionResponse parts -> tool_calls / tool messages.`,
            };
        case 'functions':
            return {
                name: 'the deprecated functions / function_call chat shape',
                converts: true,
                advice: `Azure takes tools and tool_calls now (and rejects role function): ${CONVERT(path)} maps functions -> tools, function_call -> tool_calls with ids, role function -> tool with the matching tool_call_id.`,
            };
        case 'prompt-completion':
            return {
                name: 'prompt/completion pairs (legacy completion fine-tuning)',
                converts: true,
                advice: `Chat fine-tuning takes messages: ${CONVERT(path)} writes {"messages": [{"role": "user", "content": prompt}, {"role": "assistant", "content": completion}]}.`,
            };
        case 'vision':
            return {
                name: 'vision chat data (image_url content parts)',
                converts: false,
                advice: `${model} is fine-tuned on text only: images cannot be trained on. Keep this data for a vision model; ${CONVERT(path)} converts the lines whose parts are all text and lists the others.`,
            };
        case 'eval':
            return {
                name: 'an evaluation set ({id, question or messages, expected})',
                converts: true,
                advice: role === 'golden'
                    ? `Golden items are {"messages": [...], "expected": ...}: ${CONVERT(path)} writes each question as a user message and keeps \`expected\` and \`id\`.`
                    : `It has reference answers, not training examples: point golden-file at it (items without \`messages\` need ${CONVERT(path)} first, which writes each question as a user message and keeps \`expected\` and \`id\`).`,
            };
        case 'chat':
            return {
                name: 'chat examples (messages)',
                converts: false,
                advice: method === 'dpo'
                    ? `With training-method: dpo every line is a preference pair {input: {messages}, preferred_output: [...], non_preferred_output: [...]}; chat examples train with training-method: sft.`
                    : 'Chat examples.',
            };
        case 'unknown':
            return { name: 'not a known dataset format', converts: false, advice: '' };
    }
}


/***/ }),

/***/ 81182:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dc: () => (/* binding */ hash64),
/* harmony export */   PB: () => (/* binding */ HashTable64),
/* harmony export */   Yy: () => (/* binding */ hashHex),
/* harmony export */   yi: () => (/* binding */ hashBytes)
/* harmony export */ });
/* harmony import */ var _memory_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6801);
/**
 * Compact 64-bit content hashes and a typed-array hash table of them: duplicate and overlap detection
 * costs about 16 bytes per example instead of a string-keyed Map's ~100, so a 1 GB file stays within
 * budget. A 64-bit hash makes a false duplicate unlikely below billions of examples (birthday bound
 * ~2^-64 · n²/2).
 *
 * The hash is computed for every line, so it is a fast non-cryptographic one written for this job
 * (SHA-1 costs as much as parsing the line): two 32-bit multiply-rotate lanes that both read every
 * 8-byte block, with murmur3's finalizer. Each lane's step is a bijection of its state for a fixed
 * block, so two lines that differ in a single block never collide; other differences collide with
 * probability ~2^-64. Lines are data the user wrote, not an adversary, so no keyed hash is needed.
 */

/** Scratch space the hash copies a line into, so it can read aligned 32-bit words. */
let scratch = new Uint8Array(64 * 1024);
let words = new Int32Array(scratch.buffer);
const encoder = new TextEncoder();
const copyBytes = Buffer.prototype.copy;
function ensureScratch(bytes) {
    if (bytes <= scratch.length)
        return;
    let size = scratch.length;
    while (size < bytes)
        size *= 2;
    scratch = new Uint8Array(size);
    words = new Int32Array(scratch.buffer);
}
function fmix32(h) {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    return h;
}
/** The hash of the `length` bytes at the start of `scratch`, written to `out`. */
function hashScratch(length, out) {
    const w = words;
    const b = scratch;
    let h1 = 0x9747b28c;
    let h2 = 0x85ebca6b ^ length;
    const blocks = (length >>> 3) << 1;
    let i = 0;
    for (; i < blocks; i += 2) {
        const x = w[i];
        const y = w[i + 1];
        h1 = Math.imul(h1 ^ Math.imul(x, 0xcc9e2d51) ^ Math.imul((y << 13) | (y >>> 19), 0x1b873593), 0x9e3779b1);
        h1 = (h1 << 15) | (h1 >>> 17);
        h2 = Math.imul(h2 ^ Math.imul(y, 0x85ebca77) ^ Math.imul((x << 17) | (x >>> 15), 0xc2b2ae3d), 0x27d4eb2f);
        h2 = (h2 << 13) | (h2 >>> 19);
    }
    for (let j = i << 2; j < length; j++) {
        h1 = Math.imul(h1 ^ b[j], 0x01000193);
        h2 = Math.imul(h2 ^ b[j], 0x5bd1e995);
    }
    h1 ^= length;
    h2 ^= length;
    h1 = (h1 + h2) | 0;
    h2 = (h2 + h1) | 0;
    h1 = fmix32(h1);
    h2 = fmix32(h2);
    h1 = (h1 + h2) | 0;
    h2 = (h2 + h1) | 0;
    out.hi = h1 >>> 0;
    out.lo = h2 >>> 0;
    return out;
}
/** 64-bit hash of `bytes[start, end)`; the same bytes give the same hash wherever they sit in memory. */
function hashBytes(bytes, start = 0, end = bytes.length, out) {
    const length = end - start;
    ensureScratch(length);
    // Buffer#copy takes offsets: no subarray object per line.
    copyBytes.call(bytes, scratch, 0, start, end);
    return hashScratch(length, out ?? { hi: 0, lo: 0 });
}
/** 64-bit hash of a string (its UTF-8 bytes) or of bytes. */
function hash64(data) {
    if (typeof data !== 'string')
        return hashBytes(data);
    ensureScratch(data.length * 3);
    const { written } = encoder.encodeInto(data, scratch);
    return hashScratch(written, { hi: 0, lo: 0 });
}
function hashHex(h) {
    return h.hi.toString(16).padStart(8, '0') + h.lo.toString(16).padStart(8, '0');
}
/** Open-addressing map from 64-bit hash to a 32-bit value (a line number). */
class HashTable64 {
    keys;
    values;
    count = 0;
    constructor(capacity = 1 << 12) {
        let size = 16;
        while (size * 0.75 < capacity)
            size *= 2;
        this.keys = new Uint32Array(size * 2);
        this.values = new Int32Array(size);
    }
    get size() {
        return this.count;
    }
    /** Slot of (hi, lo), or of the empty slot where it would go. The key (0, 0) is stored as (0, 1). */
    slot(hi, lo) {
        const mask = this.values.length - 1;
        let i = (lo ^ Math.imul(hi, 0x9e3779b1)) & mask;
        for (;;) {
            const khi = this.keys[i * 2];
            const klo = this.keys[i * 2 + 1];
            if ((khi === 0 && klo === 0) || (khi === hi && klo === lo))
                return i;
            i = (i + 1) & mask;
        }
    }
    occupied(i) {
        return this.keys[i * 2] !== 0 || this.keys[i * 2 + 1] !== 0;
    }
    /** The value stored for (hi, lo), or undefined. */
    lookup(hi, lo) {
        if (hi === 0 && lo === 0)
            lo = 1;
        const i = this.slot(hi >>> 0, lo >>> 0);
        return this.occupied(i) ? this.values[i] : undefined;
    }
    /** Stores `value` unless (hi, lo) is present; returns the value already stored, if any. */
    insert(hi, lo, value) {
        hi >>>= 0;
        lo >>>= 0;
        if (hi === 0 && lo === 0)
            lo = 1;
        let i = this.slot(hi, lo);
        if (this.occupied(i))
            return this.values[i];
        // A load factor of 3/4 keeps probes short while using half the memory of 1/2.
        if ((this.count + 1) * 4 > this.values.length * 3) {
            this.grow();
            i = this.slot(hi, lo);
        }
        this.keys[i * 2] = hi;
        this.keys[i * 2 + 1] = lo;
        this.values[i] = value;
        this.count += 1;
        return undefined;
    }
    /** Adds `delta` to the value stored for (hi, lo), 0 when absent; returns the new value. */
    add(hi, lo, delta) {
        const before = this.insert(hi, lo, delta);
        if (before === undefined)
            return delta;
        hi >>>= 0;
        lo >>>= 0;
        if (hi === 0 && lo === 0)
            lo = 1;
        const i = this.slot(hi, lo);
        this.values[i] = before + delta;
        return before + delta;
    }
    grow() {
        const oldKeys = this.keys;
        const oldValues = this.values;
        this.keys = new Uint32Array(oldKeys.length * 2);
        this.values = new Int32Array(oldValues.length * 2);
        for (let i = 0; i < oldValues.length; i++) {
            const hi = oldKeys[i * 2];
            const lo = oldKeys[i * 2 + 1];
            if (hi === 0 && lo === 0)
                continue;
            const j = this.slot(hi, lo);
            this.keys[j * 2] = hi;
            this.keys[j * 2 + 1] = lo;
            this.values[j] = oldValues[i];
        }
        (0,_memory_js__WEBPACK_IMPORTED_MODULE_0__/* .freeNow */ .V)(oldKeys.buffer);
        (0,_memory_js__WEBPACK_IMPORTED_MODULE_0__/* .freeNow */ .V)(oldValues.buffer);
    }
}


/***/ }),

/***/ 29355:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fs: () => (/* binding */ LINE_TOO_LONG),
/* harmony export */   JH: () => (/* binding */ scanLines),
/* harmony export */   M: () => (/* binding */ lineBytes)
/* harmony export */ });
/* unused harmony exports LINE_CRLF, LINE_BOM */
/**
 * Streaming JSON Lines splitter: bytes in, batches of lines out, with 1-based line numbers and byte
 * offsets. Memory stays flat: a line longer than `maxLineBytes` is counted and skipped, never buffered,
 * so a 50 MB single-line file costs no more than a small one.
 */
/** Line flags, one byte per line in a batch. */
const LINE_CRLF = 1;
const LINE_TOO_LONG = 2;
const LINE_BOM = 4;
/** Bytes kept of a line over the size cap: enough to show what it looks like. */
const HEAD_BYTES = 256;
class BatchBuilder {
    data;
    used = 0;
    ends = [];
    flags = [];
    offsets = [];
    lengths = [];
    firstLine;
    constructor(firstLine, capacity) {
        this.firstLine = firstLine;
        this.data = new Uint8Array(capacity);
    }
    get lineCount() {
        return this.ends.length;
    }
    get byteCount() {
        return this.used;
    }
    begin(offset) {
        this.offsets.push(offset);
    }
    append(bytes) {
        if (this.used + bytes.length > this.data.length) {
            const grown = new Uint8Array(Math.max(this.data.length * 2, this.used + bytes.length));
            grown.set(this.data.subarray(0, this.used));
            this.data = grown;
        }
        this.data.set(bytes, this.used);
        this.used += bytes.length;
    }
    /** Drops a trailing `\r` of the line being built; true when there was one. */
    dropCarriageReturn(lineStart) {
        if (this.used > lineStart && this.data[this.used - 1] === 0x0d) {
            this.used -= 1;
            return true;
        }
        return false;
    }
    end(flags, length) {
        this.ends.push(this.used);
        this.flags.push(flags);
        this.lengths.push(length);
    }
    truncate(to) {
        this.used = Math.min(this.used, to);
    }
    get currentStart() {
        return this.used;
    }
    build() {
        return {
            firstLine: this.firstLine,
            data: this.data.slice(0, this.used),
            ends: Uint32Array.from(this.ends),
            flags: Uint8Array.from(this.flags),
            offsets: Float64Array.from(this.offsets),
            lengths: Float64Array.from(this.lengths),
        };
    }
}
/**
 * Reads `source` to the end, handing over batches of lines in order. `onBatch` may return a promise:
 * reading waits for it, which is the backpressure when batches go to workers.
 */
async function scanLines(source, options, onBatch) {
    const batchBytes = options.batchBytes ?? 1 << 20;
    const batchLines = options.batchLines ?? 4096;
    const max = options.maxLineBytes;
    let lineNumber = 1;
    let fileOffset = 0;
    let lineOffset = 0;
    let lineLength = 0;
    let lineStartInBatch = 0;
    let inLine = false;
    let tooLong = false;
    let bomChecked = false;
    let bom = false;
    let batch = new BatchBuilder(1, Math.min(batchBytes * 2, 4 << 20));
    const startLine = () => {
        inLine = true;
        tooLong = false;
        lineLength = 0;
        lineOffset = fileOffset;
        batch.begin(lineOffset);
        lineStartInBatch = batch.currentStart;
    };
    const finishLine = async () => {
        let flags = tooLong ? LINE_TOO_LONG : 0;
        if (!tooLong && batch.dropCarriageReturn(lineStartInBatch))
            flags |= LINE_CRLF;
        if (lineNumber === 1 && bom)
            flags |= LINE_BOM;
        batch.end(flags, lineLength);
        inLine = false;
        lineNumber += 1;
        if (batch.byteCount >= batchBytes || batch.lineCount >= batchLines) {
            const full = batch.build();
            batch = new BatchBuilder(lineNumber, Math.min(batchBytes * 2, 4 << 20));
            await onBatch(full);
        }
    };
    for await (const raw of source) {
        let chunk = raw instanceof Uint8Array ? raw : new Uint8Array(raw);
        if (!bomChecked && chunk.length > 0) {
            bomChecked = true;
            if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) {
                bom = true;
                chunk = chunk.subarray(3);
                fileOffset += 3;
            }
        }
        let pos = 0;
        while (pos < chunk.length) {
            if (!inLine)
                startLine();
            const newline = chunk.indexOf(0x0a, pos);
            const end = newline < 0 ? chunk.length : newline;
            const piece = chunk.subarray(pos, end);
            lineLength += piece.length;
            if (!tooLong) {
                if (lineLength > max) {
                    tooLong = true;
                    // Keep a short head of the line so the error can say what it looks like.
                    const kept = batch.currentStart - lineStartInBatch;
                    if (kept < HEAD_BYTES)
                        batch.append(piece.subarray(0, HEAD_BYTES - kept));
                    else
                        batch.truncate(lineStartInBatch + HEAD_BYTES);
                }
                else {
                    batch.append(piece);
                }
            }
            fileOffset += end - pos;
            pos = end;
            if (newline >= 0) {
                fileOffset += 1;
                pos += 1;
                await finishLine();
            }
        }
    }
    const missingFinalNewline = inLine;
    if (inLine)
        await finishLine();
    if (batch.lineCount > 0)
        await onBatch(batch.build());
    return { bytes: fileOffset, lines: lineNumber - 1, missingFinalNewline };
}
/** The bytes of line `i` of a batch. */
function lineBytes(batch, i) {
    return batch.data.subarray(i === 0 ? 0 : batch.ends[i - 1], batch.ends[i]);
}


/***/ }),

/***/ 6801:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ freeNow)
/* harmony export */ });
/**
 * Frees a large buffer now. A dropped ArrayBuffer's memory lives outside the V8 heap and is released
 * only when a GC collects its small JS object, which on a thread that allocates little can take a long
 * time; transferring it to a zero-length buffer detaches it and releases the memory at once.
 */
function freeNow(buffer) {
    if (buffer instanceof SharedArrayBuffer)
        return;
    const owned = buffer;
    if (!owned.detached)
        owned.transfer?.(0);
}


/***/ }),

/***/ 42232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $i: () => (/* binding */ resolveOptions),
/* harmony export */   DA: () => (/* binding */ Analyzer),
/* harmony export */   Rz: () => (/* binding */ analyzeStream),
/* harmony export */   S2: () => (/* binding */ analyzeIn),
/* harmony export */   oy: () => (/* binding */ WORKER_FLAG)
/* harmony export */ });
/* unused harmony exports WORKER_ENTRY_KEY, FileAnalysis */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _chunk_analysis_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(97404);
/* harmony import */ var _chunks_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(98852);
/* harmony import */ var _tokenizer_index_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18504);
/**
 * Runs the analysis of a file's chunks on worker threads, results in file order.
 *
 * With `threads` = n > 1, n workers analyze and this thread reads, hands out chunks and folds the
 * results (cheap, allocation-light work). Keeping the per-line garbage on workers, whose heaps are
 * capped, is what keeps the process small: the main thread's heap cannot be capped from inside. Chunk
 * bytes are transferred to a worker, not copied, and come back to a pool; results come back as
 * transferred typed arrays. The tokenizer's vocabulary is loaded once, here, and shared with the
 * workers as SharedArrayBuffers. With one thread, or no workers, it all runs here.
 */








async function resolveOptions(config) {
    return {
        role: config.role,
        model: config.model,
        tokenizer: config.tokenizer ? await (0,_tokenizer_index_js__WEBPACK_IMPORTED_MODULE_6__/* .tokenizerFromHandle */ .iW)(config.tokenizer) : undefined,
        promptHashes: config.promptHashes,
        goldenQuestions: config.goldenQuestions ? new Set(config.goldenQuestions) : undefined,
        maxLineBytes: config.maxLineBytes,
        method: config.method,
    };
}
function analyzeIn(session, chunk) {
    if (chunk.tooLong) {
        return (0,_chunk_analysis_js__WEBPACK_IMPORTED_MODULE_5__/* .analyzeTooLong */ .n$)(chunk.tooLong.head, chunk.tooLong.length, session.options, session.previews);
    }
    return (0,_chunk_analysis_js__WEBPACK_IMPORTED_MODULE_5__/* .analyzeChunk */ .ER)(chunk.data, chunk.lines, session.options, session.previews);
}
/** Flag in workerData that makes a bundled entry file run the dataset worker instead of its main. */
const WORKER_FLAG = 'foundryFinetuneDatasetWorker';
/**
 * A bundled entry (the action, the CLI) that dispatches to `runDatasetWorker` when started with
 * WORKER_FLAG stores its own file path under this key: only then can the pool start workers from the
 * bundle. A global symbol, so the entry need not import this module eagerly.
 */
const WORKER_ENTRY_KEY = Symbol.for('foundry-finetune.dataset-worker-entry');
function bundledEntry() {
    const value = globalThis[WORKER_ENTRY_KEY];
    return typeof value === 'string' ? value : undefined;
}
/**
 * The file a worker runs: worker.ts beside this module when running from source (tsx), else the
 * bundle's entry. In a bundle, `import.meta.url` is the bundle chunk's own URL (ncc keeps it), and no
 * worker.ts sits beside it.
 */
function workerScript() {
    // Built at run time so a bundler does not try to follow or copy it.
    const source = node_path__WEBPACK_IMPORTED_MODULE_2___default().join(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_3__.fileURLToPath)(import.meta.url)), ['worker', 'ts'].join('.'));
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(source))
        return source;
    const entry = bundledEntry();
    return entry && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(entry) ? entry : undefined;
}
/** Bytes per chunk: per-chunk costs (a message each way) vanish, and the chunks in flight stay a few MB. */
const CHUNK_BYTES = 512 * 1024;
/** Chunks queued per worker: one to work on, one waiting, so it never idles while results travel. */
const WORKER_QUEUE = 2;
const START_TIMEOUT_MS = 30_000;
class WorkerLane {
    ready = false;
    failure;
    inFlight = 0;
    /** Settles (never rejects) when the worker is up or has failed to start. */
    started;
    pending = new Map();
    configs = new Set();
    nextId = 0;
    worker;
    pool;
    constructor(worker, pool, onChange, onLoad, onFailure) {
        this.worker = worker;
        this.pool = pool;
        let started;
        this.started = new Promise((resolve) => (started = resolve));
        const timer = setTimeout(() => {
            fail(new Error('it did not start in time'));
            void worker.terminate();
        }, START_TIMEOUT_MS);
        timer.unref();
        const fail = (error) => {
            clearTimeout(timer);
            const first = this.failure === undefined;
            this.fail(error);
            started();
            if (first)
                onFailure(error);
        };
        worker.on('message', (m) => {
            if ('ready' in m) {
                clearTimeout(timer);
                this.ready = true;
                started();
                onChange();
                return;
            }
            if (m.buffer)
                this.pool.give(m.buffer);
            if ('loadMs' in m && m.loadMs !== undefined)
                onLoad(m.loadMs);
            const p = this.pending.get(m.id);
            if (!p)
                return;
            this.pending.delete(m.id);
            this.inFlight -= 1;
            if ('error' in m)
                p.reject(new Error(m.error));
            else
                p.resolve(m.results);
            onChange();
        });
        worker.on('error', (e) => fail(e));
        worker.on('exit', (code) => fail(new Error(`dataset worker exited with code ${code}`)));
    }
    get usable() {
        return this.ready && this.failure === undefined;
    }
    get starting() {
        return !this.ready && this.failure === undefined;
    }
    fail(error) {
        this.failure ??= error;
        for (const p of this.pending.values())
            p.reject(new Error(`dataset worker failed: ${error.message}`));
        this.pending.clear();
    }
    run(configId, config, data, lines) {
        if (!this.configs.has(configId)) {
            this.configs.add(configId);
            this.post({ type: 'config', configId, config });
        }
        const id = this.nextId++;
        this.inFlight += 1;
        return new Promise((resolve, reject) => {
            this.pending.set(id, { resolve, reject });
            this.post({ type: 'chunk', id, configId, data, lines }, [data.buffer]);
        });
    }
    release(configId) {
        if (this.configs.delete(configId) && this.failure === undefined)
            this.post({ type: 'release', configId });
    }
    post(message, transfer = []) {
        this.worker.postMessage(message, transfer);
    }
    terminate() {
        this.failure ??= new Error('closed');
        return this.worker.terminate();
    }
}
/** One file being analyzed: its chunks go to whichever worker has room. */
class FileAnalysis {
    here;
    analyzer;
    configId;
    config;
    pool;
    constructor(analyzer, configId, config, pool) {
        this.analyzer = analyzer;
        this.configId = configId;
        this.config = config;
        this.pool = pool;
    }
    /**
     * A worker's result (pending), or this thread's when there is no worker and for a line over the size
     * cap (a few bytes). Waits for room in a worker: that wait is the backpressure on reading.
     */
    async analyze(chunk) {
        if (chunk.data) {
            for (;;) {
                const lanes = this.analyzer.lanes.filter((l) => l.usable);
                if (lanes.length === 0) {
                    // Workers still starting are waited for: analyzing here meanwhile would grow this
                    // thread's heap for good (~100 ms of work, ~20 MB of RSS).
                    if (!this.analyzer.lanes.some((l) => l.starting))
                        break;
                    await this.analyzer.changed();
                    continue;
                }
                let lane;
                for (const l of lanes)
                    if (l.inFlight < WORKER_QUEUE && (!lane || l.inFlight < lane.inFlight))
                        lane = l;
                if (lane)
                    return { pending: lane.run(this.configId, this.config, chunk.data, chunk.lines) };
                await this.analyzer.changed();
            }
        }
        this.here ??= resolveOptions(this.config).then((options) => ({
            options,
            previews: new _chunk_analysis_js__WEBPACK_IMPORTED_MODULE_5__/* .PreviewTracker */ .Ns(),
        }));
        const here = await this.here;
        const results = analyzeIn(here, chunk);
        if (chunk.data)
            this.pool.give(chunk.data.buffer);
        return { done: results };
    }
    close() {
        for (const l of this.analyzer.lanes)
            l.release(this.configId);
    }
}
class Analyzer {
    /** Milliseconds the tokenizer took to load (the slowest thread), once one was loaded. */
    tokenizerLoadMs;
    nextConfig = 0;
    waiting = [];
    lanes;
    pool;
    constructor(lanes, pool) {
        this.lanes = lanes;
        this.pool = pool;
    }
    /**
     * An analyzer on `threads` worker threads (default: one per core, at most 2), started in the
     * background. With `threads` = 1, without a worker entry in this build, or when the workers fail to
     * start, it all runs on this thread (and says so through `log`).
     */
    static create(threads, log, chunkBytes = CHUNK_BYTES) {
        const wanted = threads ?? Math.min(2, node_os__WEBPACK_IMPORTED_MODULE_1___default().availableParallelism());
        const pool = new _chunks_js__WEBPACK_IMPORTED_MODULE_7__/* .BufferPool */ .Pt(chunkBytes, wanted * WORKER_QUEUE + 2);
        const lanes = [];
        const analyzer = new Analyzer(lanes, pool);
        if (wanted > 1) {
            const script = workerScript();
            if (!script)
                log?.('Dataset analysis runs on 1 thread: this build has no worker entry.');
            for (let i = 0; script && i < wanted; i++) {
                const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_4__.Worker(script, {
                    workerData: { [WORKER_FLAG]: true },
                    // A worker's garbage is per line and dies young: a small young generation keeps its memory
                    // flat at no measurable cost in speed; the old generation has room for an 8 MB line parsed.
                    resourceLimits: { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 512 },
                });
                worker.unref();
                lanes.push(new WorkerLane(worker, pool, () => analyzer.notify(), (loadMs) => (analyzer.tokenizerLoadMs = Math.max(analyzer.tokenizerLoadMs ?? 0, loadMs)), (error) => {
                    log?.(`A dataset worker stopped (${error.message}); the analysis continues without it.`);
                    analyzer.notify();
                }));
            }
        }
        return analyzer;
    }
    /** Threads that analyzed lines: the workers that started, or this one alone. */
    get threads() {
        return Math.max(1, this.lanes.filter((l) => l.usable).length);
    }
    /** Resolves when a worker has finished a chunk, started, or failed. */
    changed() {
        return new Promise((resolve) => this.waiting.push(resolve));
    }
    notify() {
        const waiting = this.waiting;
        this.waiting = [];
        for (const resolve of waiting)
            resolve();
    }
    /** Waits until every worker has started or failed to (so `threads` is final). */
    async settle() {
        await Promise.all(this.lanes.map((l) => l.started));
    }
    /**
     * Prepares a file's analysis. A tiktoken vocabulary is loaded here, once, and shared with the
     * workers; the small Llama tokenizer is loaded by each thread that needs it.
     */
    async open(config) {
        let handle;
        if (config.tokenizer) {
            const shared = await (0,_tokenizer_index_js__WEBPACK_IMPORTED_MODULE_6__/* .tokenizerHandle */ .eK)(config.tokenizer);
            handle = shared.handle;
            if (shared.loadMs !== undefined)
                this.tokenizerLoadMs = Math.max(this.tokenizerLoadMs ?? 0, shared.loadMs);
        }
        return new FileAnalysis(this, this.nextConfig++, { ...config, tokenizer: handle }, this.pool);
    }
    async close() {
        await Promise.all(this.lanes.map((l) => l.terminate()));
    }
}
/**
 * Reads `source` in chunks, analyzes them on the analyzer's threads and hands the results to `deliver`
 * in file order, with a bounded number of chunks in flight (reading waits when the queue is full).
 */
async function analyzeStream(file, read, maxLineBytes, deliver) {
    const queue = [];
    const deliverReady = () => {
        while (queue.length > 0) {
            const head = queue[0];
            if (head.error !== undefined)
                throw head.error;
            if (!head.results)
                return;
            queue.shift();
            deliver(head.place, head.results);
        }
    };
    const maxQueued = 2 + WORKER_QUEUE * 4;
    try {
        const scan = await (0,_chunks_js__WEBPACK_IMPORTED_MODULE_7__/* .scanChunks */ .Qc)(read, { maxLineBytes, pool: file.pool }, async (chunk) => {
            const entry = {
                place: { firstLine: chunk.firstLine, lines: chunk.lines, bom: chunk.bom },
                settled: Promise.resolve(),
            };
            const outcome = await file.analyze(chunk);
            if ('pending' in outcome) {
                entry.settled = outcome.pending.then((r) => void (entry.results = r), (e) => void (entry.error = e ?? new Error('dataset worker failed')));
            }
            else {
                entry.results = outcome.done;
            }
            queue.push(entry);
            deliverReady();
            while (queue.length >= maxQueued) {
                await queue[0].settled;
                deliverReady();
            }
        });
        while (queue.length > 0) {
            await queue[0].settled;
            deliverReady();
        }
        return scan;
    }
    finally {
        file.close();
    }
}


/***/ }),

/***/ 72985:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yn: () => (/* binding */ TOOL_RENDERING),
/* harmony export */   kC: () => (/* binding */ countWithTemplate),
/* harmony export */   m_: () => (/* binding */ addedTokenMatcher)
/* harmony export */ });
/* unused harmony exports chatTemplateOverhead, isRustWhitespace, AddedTokenMatcher, renderChat, encodeWithTemplate */
/** The rendering assumed where the service's conversion of tools is not published. */
const TOOL_RENDERING = 'top-level `tools` as compact JSON inside the first system message, `<|system|>{content}<|tool|>{tools}<|/tool|><|end|>` ' +
    '(an empty system message when there is none); assistant `tool_calls` as compact JSON ' +
    '`[{"name", "arguments"}]` between `<|tool_call|>` and `<|/tool_call|>` after the content; ' +
    '`tool` messages as `<|tool|>{content}<|end|>`; `content: null` as empty. ' +
    'Templates without tool support (Phi-3, Phi-3.5, Phi-4) leave tools, tool calls and tool messages out.';
const PHI3_OVERHEAD = {
    prefix: 0,
    suffix: 1,
    perMessage: 2,
    generationPrompt: 1,
    roles: ['system', 'user', 'assistant'],
    endToken: '<|end|>',
};
const OVERHEAD = {
    phi3: PHI3_OVERHEAD,
    'phi3.5': PHI3_OVERHEAD,
    'phi4-mini': {
        prefix: 0,
        suffix: 1,
        perMessage: 2,
        generationPrompt: 1,
        roles: ['system', 'user', 'assistant', 'tool'],
        endToken: '<|end|>',
    },
    // The role word is text between two markers: one more token in cl100k for each of the three roles.
    phi4: {
        prefix: 0,
        suffix: 0,
        perMessage: 3,
        generationPrompt: 3,
        roles: ['system', 'user', 'assistant'],
        endToken: '<|im_end|>',
    },
};
/** The template's fixed costs, for readers that estimate without tokenizing (e.g. evaluation budgets). */
function chatTemplateOverhead(template) {
    return OVERHEAD[template];
}
/** Rust's `char::is_whitespace` (Unicode White_Space): not U+FEFF, not U+200B, but U+0085. */
function isRustWhitespace(c) {
    if (c <= 0x20)
        return c === 0x20 || (c >= 0x09 && c <= 0x0d);
    if (c < 0x85)
        return false;
    return (c === 0x85 ||
        c === 0xa0 ||
        c === 0x1680 ||
        (c >= 0x2000 && c <= 0x200a) ||
        c === 0x2028 ||
        c === 0x2029 ||
        c === 0x202f ||
        c === 0x205f ||
        c === 0x3000);
}
/** The added tokens of a tokenizer, prepared for the leftmost-longest search. */
class AddedTokenMatcher {
    byContent = new Map();
    /** Distinct token lengths, longest first. */
    lengths;
    firstChars;
    /** The one first character every token shares, when they do (then a search is one indexOf). */
    firstChar;
    constructor(tokens) {
        for (const t of tokens)
            this.byContent.set(t.content, t);
        this.lengths = [...new Set(tokens.map((t) => t.content.length))].sort((a, b) => b - a);
        this.firstChars = new Set(tokens.map((t) => t.content.charCodeAt(0)));
        this.firstChar = this.firstChars.size === 1 ? tokens[0].content[0] : undefined;
    }
    /** The first added token at or after `from` (leftmost, then longest): its start and token. */
    next(text, from) {
        let at = from;
        for (;;) {
            if (this.firstChar !== undefined) {
                at = text.indexOf(this.firstChar, at);
                if (at < 0)
                    return undefined;
            }
            else {
                while (at < text.length && !this.firstChars.has(text.charCodeAt(at)))
                    at++;
                if (at >= text.length)
                    return undefined;
            }
            for (const length of this.lengths) {
                if (at + length > text.length)
                    continue;
                const token = this.byContent.get(text.substr(at, length));
                if (token)
                    return { at, token };
            }
            at += 1;
        }
    }
    literals = new Map();
    /** A template literal split on added tokens, once (templates repeat a handful of literals). */
    literalPieces(text) {
        let pieces = this.literals.get(text);
        if (!pieces) {
            pieces = splitOnTokens(text, this);
            if (this.literals.size < 256)
                this.literals.set(text, pieces);
        }
        return pieces;
    }
    /** The first added token's text in `text`, if any (the special-token check). */
    find(text) {
        return this.next(text, 0)?.token;
    }
}
class Renderer {
    parts = [];
    owners = [];
    sides = [];
    literal = [];
    exact = true;
    push(text, owner, side, literal) {
        this.parts.push(text);
        this.owners.push(owner);
        this.sides.push(side);
        this.literal.push(literal);
    }
    /** One message: its opening (role marker), its content, then its closing part (template text). */
    message(index, open, content, close) {
        this.push(open, index, 0, 1);
        this.push(content, index, 1, 0);
        this.push(close, index, 1, 1);
    }
    /** A message part the template builds from data (tool definitions, tool calls): not cached. */
    data(index, text) {
        this.push(text, index, 1, 0);
    }
    tail(text) {
        if (text)
            this.push(text, -1, 0, 1);
    }
    result() {
        return {
            parts: this.parts,
            owners: this.owners,
            sides: this.sides,
            literal: this.literal,
            exact: this.exact,
        };
    }
}
function contentText(m, r) {
    if (typeof m.content === 'string')
        return m.content;
    r.exact = false;
    return '';
}
function renderToolCalls(calls) {
    return JSON.stringify(calls.map((c) => {
        let args = c.function?.arguments;
        try {
            if (typeof args === 'string')
                args = JSON.parse(args);
        }
        catch {
            // Invalid arguments are reported by the checks; count them as the text they are.
        }
        return { name: c.function?.name, arguments: args };
    }));
}
function hasToolCalls(m) {
    return Array.isArray(m.tool_calls) && m.tool_calls.length > 0;
}
/** Phi-3 and Phi-3.5: `<|role|>\n{content}<|end|>\n`, then eos or the generation prompt. */
function renderPhi3(messages, options, dropEmptySystem) {
    const r = new Renderer();
    if (options.tools !== undefined && options.tools !== null)
        r.exact = false;
    messages.forEach((m, i) => {
        if (m.role === 'tool' || hasToolCalls(m) || m.tools !== undefined)
            r.exact = false;
        if (m.role !== 'system' && m.role !== 'user' && m.role !== 'assistant')
            return;
        const content = contentText(m, r);
        if (dropEmptySystem && m.role === 'system' && content === '')
            return;
        r.message(i, `<|${m.role}|>\n`, content, '<|end|>\n');
    });
    r.tail(options.forGeneration ? '<|assistant|>\n' : '<|endoftext|>');
    return r.result();
}
/** Phi-4-mini: `<|role|>{content}<|end|>`, tools in the system message; then eos or `<|assistant|>`. */
function renderPhi4Mini(messages, options) {
    const r = new Renderer();
    const topTools = options.tools !== undefined && options.tools !== null ? options.tools : undefined;
    let pendingTools = topTools === undefined ? undefined : compactJson(topTools);
    if (pendingTools !== undefined) {
        r.exact = false;
        if (!messages.some((m) => m.role === 'system')) {
            r.message(-1, '<|system|>', '', '<|tool|>');
            r.data(-1, pendingTools);
            r.data(-1, '<|/tool|><|end|>');
            pendingTools = undefined;
        }
    }
    messages.forEach((m, i) => {
        let content = contentText(m, r);
        if (m.role === 'tool')
            r.exact = false;
        if (m.role === 'assistant' && hasToolCalls(m)) {
            r.exact = false;
            // Content and calls are one string here: the calls' JSON is data, not a cached literal.
            content += `<|tool_call|>${renderToolCalls(m.tool_calls)}<|/tool_call|>`;
        }
        if (m.role === 'system') {
            // The template's own form: a `tools` string on the system message.
            let tools;
            if (m.tools !== undefined && m.tools !== null) {
                if (typeof m.tools === 'string')
                    tools = m.tools;
                else {
                    tools = compactJson(m.tools);
                    r.exact = false;
                }
            }
            else if (pendingTools !== undefined) {
                tools = pendingTools;
                pendingTools = undefined;
            }
            if (tools !== undefined) {
                r.message(i, `<|${m.role}|>`, content, '<|tool|>');
                r.data(i, tools);
                r.data(i, '<|/tool|><|end|>');
                return;
            }
        }
        r.message(i, `<|${m.role}|>`, content, '<|end|>');
    });
    r.tail(options.forGeneration ? '<|assistant|>' : '<|endoftext|>');
    return r.result();
}
/** Phi-4: `<|im_start|>{role}<|im_sep|>{content}<|im_end|>`; no eos, or the generation prompt. */
function renderPhi4(messages, options) {
    const r = new Renderer();
    if (options.tools !== undefined && options.tools !== null)
        r.exact = false;
    messages.forEach((m, i) => {
        if (m.role === 'tool' || hasToolCalls(m) || m.tools !== undefined)
            r.exact = false;
        if (m.role !== 'system' && m.role !== 'user' && m.role !== 'assistant')
            return;
        r.message(i, `<|im_start|>${m.role}<|im_sep|>`, contentText(m, r), '<|im_end|>');
    });
    if (options.forGeneration)
        r.tail('<|im_start|>assistant<|im_sep|>');
    return r.result();
}
function compactJson(value) {
    return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}
/** The template's string for the messages, with where each message lies in it. */
function renderChat(messages, template, options = {}) {
    switch (template) {
        case 'phi3':
            return renderPhi3(messages, options, false);
        case 'phi3.5':
            return renderPhi3(messages, options, true);
        case 'phi4-mini':
            return renderPhi4Mini(messages, options);
        case 'phi4':
            return renderPhi4(messages, options);
    }
}
/** Splits a text on added tokens (no strips applied): tokens and the texts between them. */
function splitOnTokens(text, matcher) {
    const pieces = [];
    let at = 0;
    for (;;) {
        const match = matcher.next(text, at);
        if (!match)
            break;
        if (match.at > at)
            pieces.push(text.slice(at, match.at));
        pieces.push(match.token);
        at = match.at + match.token.content.length;
    }
    if (at < text.length)
        pieces.push(at === 0 ? text : text.slice(at));
    return pieces;
}
/**
 * Walks the tokenizer's view of the rendered parts in order: each added token and each text between
 * added tokens after the strips, with the message and side it starts in. The strips follow
 * `added_vocabulary.rs`: `rstrip` takes the whitespace after the token (across parts), `lstrip` the
 * whitespace before it back to the previous token.
 */
function walk(rendered, matcher, visit) {
    const { parts, owners, sides, literal } = rendered;
    let pending = '';
    let pendingOwner = -1;
    let pendingSide = 0;
    let skipSpace = false;
    const text = (t, owner, side) => {
        if (skipSpace) {
            let i = 0;
            while (i < t.length && isRustWhitespace(t.charCodeAt(i)))
                i++;
            if (i === t.length)
                return;
            skipSpace = false;
            if (i > 0)
                t = t.slice(i);
        }
        if (pending === '') {
            pending = t;
            pendingOwner = owner;
            pendingSide = side;
        }
        else
            pending += t;
    };
    const token = (t, owner, side) => {
        if (pending !== '') {
            if (t.lstrip) {
                let end = pending.length;
                while (end > 0 && isRustWhitespace(pending.charCodeAt(end - 1)))
                    end--;
                if (end < pending.length)
                    pending = pending.slice(0, end);
            }
            if (pending !== '')
                visit(pending, pendingOwner, pendingSide);
            pending = '';
        }
        visit(t, owner, side);
        skipSpace = t.rstrip;
    };
    for (let p = 0; p < parts.length; p++) {
        const part = parts[p];
        if (part === '')
            continue;
        const owner = owners[p];
        const side = sides[p];
        const pieces = literal[p] ? matcher.literalPieces(part) : undefined;
        if (pieces) {
            for (const piece of pieces) {
                if (typeof piece === 'string')
                    text(piece, owner, side);
                else
                    token(piece, owner, side);
            }
            continue;
        }
        // Content: almost never holds added-token text, so one search usually settles it.
        let at = 0;
        for (;;) {
            const match = matcher.next(part, at);
            if (!match)
                break;
            if (match.at > at)
                text(part.slice(at, match.at), owner, side);
            token(match.token, owner, side);
            at = match.at + match.token.content.length;
        }
        if (at < part.length)
            text(at === 0 ? part : part.slice(at), owner, side);
    }
    if (pending !== '')
        visit(pending, pendingOwner, pendingSide);
}
const matchers = new WeakMap();
/** One matcher per added-token list (the catalog's lists are constants). */
function addedTokenMatcher(tokens) {
    let m = matchers.get(tokens);
    if (!m) {
        m = new AddedTokenMatcher(tokens);
        matchers.set(tokens, m);
    }
    return m;
}
/**
 * Token count of a chat example under the model's template and added tokens. `countText` counts a text
 * between added tokens; pass a memoized counter for speed.
 */
function countWithTemplate(messages, facts, countText, options = {}) {
    const rendered = renderChat(messages, facts.template, options);
    let total = 0;
    let assistant = 0;
    let trained = 0;
    walk(rendered, facts.matcher, (piece, owner, side) => {
        const n = typeof piece === 'string' ? countText(piece) : 1;
        total += n;
        if (owner < 0 || side === 0)
            return;
        const m = messages[owner];
        if (m.role !== 'assistant')
            return;
        assistant += n;
        if (m.weight !== 0)
            trained += n;
    });
    return { total, assistant, trained, exact: rendered.exact };
}
/** Token ids of a chat example (the slow path, for tests and reference comparisons). */
function encodeWithTemplate(messages, facts, encodeText, options = {}) {
    const ids = [];
    walk(renderChat(messages, facts.template, options), facts.matcher, (piece) => {
        if (typeof piece === 'string')
            ids.push(...encodeText(piece));
        else
            ids.push(piece.id);
    });
    return ids;
}


/***/ }),

/***/ 18504:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iW: () => (/* binding */ tokenizerFromHandle),
  eK: () => (/* binding */ tokenizerHandle)
});

// UNUSED EXPORTS: TOOL_RENDERING, addedTokenMatcher, chatTemplateOverhead, countChatTokens, countWithTemplate, encodeChatTokens, encodeWithTemplate, isRustWhitespace, loadTokenizer, templateFacts

// EXTERNAL MODULE: ./src/dataset/tokenizer/chat-template.ts
var chat_template = __webpack_require__(72985);
;// CONCATENATED MODULE: ./src/dataset/tokenizer/cache.ts
/**
 * A memo with a hard entry cap: when full it starts over. Counts are cheap to recompute, and a cleared
 * memo refills with the text that repeats, so the simple policy keeps memory flat without an LRU's cost.
 */
class BoundedCache {
    map = new Map();
    maxEntries;
    constructor(maxEntries) {
        this.maxEntries = maxEntries;
    }
    get(key) {
        return this.map.get(key);
    }
    set(key, value) {
        if (this.map.size >= this.maxEntries)
            this.map = new Map();
        this.map.set(key, value);
    }
    get size() {
        return this.map.size;
    }
}

;// CONCATENATED MODULE: ./src/dataset/tokenizer/llama.ts

const MAX_MEMO_WORD = 48;
/**
 * SentencePiece words: a new word starts at a space that follows a non-space. The Llama vocabulary has
 * no piece with a space after another character, so no merge crosses these boundaries and a text's
 * count is the sum of its words' counts (checked against the unsplit encoder in the tests).
 */
function* words(text) {
    let start = 0;
    for (let i = 1; i < text.length; i++) {
        if (text.charCodeAt(i) === 0x20 && text.charCodeAt(i - 1) !== 0x20) {
            yield text.slice(start, i);
            start = i;
        }
    }
    if (start < text.length)
        yield text.slice(start);
}
/**
 * The Phi-3 tokenizer (Llama 2 SentencePiece, 32,000 pieces) through llama-tokenizer-js. Text between
 * special tokens is encoded the way Phi-3's tokenizer does it: with SentencePiece's dummy prefix space.
 */
class LlamaTextTokenizer {
    name = 'llama-sentencepiece';
    memo = new BoundedCache(64 * 1024);
    encoder;
    loadMs;
    constructor(encoder, loadMs) {
        this.encoder = encoder;
        this.loadMs = loadMs;
    }
    encode(text) {
        return text.length === 0 ? [] : this.encoder.encode(text, false, true);
    }
    count(text) {
        if (text.length === 0)
            return 0;
        let total = 0;
        for (const word of words(` ${text}`)) {
            if (word.length > MAX_MEMO_WORD) {
                total += this.encoder.encode(word, false, false).length;
                continue;
            }
            let n = this.memo.get(word);
            if (n === undefined) {
                n = this.encoder.encode(word, false, false).length;
                this.memo.set(word, n);
            }
            total += n;
        }
        return total;
    }
}
let loading;
function loadLlama() {
    loading ??= (async () => {
        const started = performance.now();
        const module = (await __webpack_require__.e(/* import() */ 817).then(__webpack_require__.bind(__webpack_require__, 86817))).default;
        return new LlamaTextTokenizer(module, performance.now() - started);
    })();
    return loading;
}

;// CONCATENATED MODULE: ./src/dataset/tokenizer/ascii-split.ts
/**
 * tiktoken's pre-tokenizer regex, hand-written for ASCII: the end of the piece that starts at `i`, or -1
 * when deciding it needs a character above U+007F (the caller then runs the regex there). The regexes
 * (js-tiktoken's `pat_str`, with Rust's `\s`, see tiktoken.ts):
 *
 * o200k:  [^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]*[\p{Ll}\p{Lm}\p{Lo}\p{M}]+(?i:'s|'t|'re|'ve|'m|'ll|'d)?
 *        |[^\r\n\p{L}\p{N}]?[\p{Lu}\p{Lt}\p{Lm}\p{Lo}\p{M}]+[\p{Ll}\p{Lm}\p{Lo}\p{M}]*(?i:'s|'t|'re|'ve|'m|'ll|'d)?
 *        |\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n/]*|\s*[\r\n]+|\s+(?!\S)|\s+
 * cl100k: (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*
 *        |\s*[\r\n]+|\s+(?!\S)|\s+
 *
 * In ASCII, \p{L} is A-Z a-z (Lu upper, Ll lower; no Lt, Lm, Lo, M), \p{N} is 0-9, \s is \t \n \v \f \r
 * and space. Each alternative is tried in order, as the regex does; the tests compare both on large
 * corpora. Skipping the regex engine and its match objects is what makes counting fast.
 */
var C;
(function (C) {
    C[C["Other"] = 0] = "Other";
    C[C["Upper"] = 1] = "Upper";
    C[C["Lower"] = 2] = "Lower";
    C[C["Digit"] = 3] = "Digit";
    C[C["Space"] = 4] = "Space";
    C[C["Newline"] = 5] = "Newline";
})(C || (C = {}));
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
    CLASS[c] =
        c >= 65 && c <= 90
            ? C.Upper
            : c >= 97 && c <= 122
                ? C.Lower
                : c >= 48 && c <= 57
                    ? C.Digit
                    : c === 10 || c === 13
                        ? C.Newline
                        : c === 9 || c === 11 || c === 12 || c === 32
                            ? C.Space
                            : C.Other;
}
/** Class of the char at `i`; -1 past the end; -2 above ASCII (the caller bails). */
function cls(text, i) {
    if (i >= text.length)
        return -1;
    const c = text.charCodeAt(i);
    return c < 128 ? CLASS[c] : -2;
}
/** `'s|'t|'re|'ve|'m|'ll|'d`, any case, at `i`: its length, or 0. (ASCII only, so no bail needed.) */
function contraction(text, i) {
    if (text.charCodeAt(i) !== 39)
        return 0;
    const a = text.charCodeAt(i + 1) | 0x20;
    if (a === 0x73 || a === 0x74 || a === 0x6d || a === 0x64)
        return 2; // s t m d
    const b = text.charCodeAt(i + 2) | 0x20;
    if ((a === 0x72 && b === 0x65) || (a === 0x76 && b === 0x65) || (a === 0x6c && b === 0x6c))
        return 3; // re ve ll
    return 0;
}
/** The whitespace alternatives, shared: \s*[\r\n]+ | \s+(?!\S) | \s+ from `i` (a whitespace char). */
function whitespace(text, i) {
    let r = i;
    let lastNewline = -1;
    for (;;) {
        const k = cls(text, r);
        if (k === C.Space || k === C.Newline) {
            if (k === C.Newline)
                lastNewline = r;
            r++;
            continue;
        }
        if (k === -2)
            return -1; // U+0085, U+00A0, ... could extend the run
        break;
    }
    if (lastNewline >= 0)
        return lastNewline + 1;
    if (r === text.length)
        return r;
    return r - i > 1 ? r - 1 : r;
}
/** Alt4 of both: ` ?[^\s\p{L}\p{N}]+` then `[\r\n/]*` (o200k) or `[\r\n]*` (cl100k), from `i`. */
function punctuation(text, i, slash) {
    let j = i;
    if (text.charCodeAt(j) === 32)
        j++;
    const first = cls(text, j);
    if (first === -2)
        return -1;
    if (first !== C.Other)
        return 0;
    while (true) {
        const k = cls(text, j);
        if (k === C.Other)
            j++;
        else if (k === -2)
            return -1;
        else
            break;
    }
    for (;;) {
        const c = text.charCodeAt(j);
        if (c === 10 || c === 13 || (slash && c === 47))
            j++;
        else
            break;
    }
    return j;
}
function digits(text, i) {
    let j = i + 1;
    for (let n = 1; n < 3; n++) {
        const k = cls(text, j);
        if (k === C.Digit)
            j++;
        else if (k === -2)
            return -1; // another script's digit could continue \p{N}{1,3}
        else
            break;
    }
    return j;
}
const o200kAscii = (text, i) => {
    const c = cls(text, i);
    if (c < 0)
        return -1;
    // Alternatives 1 and 2: an optional prefix (not \r \n, a letter or a digit), then letters.
    const k = c === C.Upper || c === C.Lower ? i : c === C.Digit || c === C.Newline ? -1 : i + 1;
    if (k >= 0) {
        let u = k;
        for (;;) {
            const x = cls(text, u);
            if (x === C.Upper)
                u++;
            else if (x === -2)
                return -1;
            else
                break;
        }
        let l = u;
        for (;;) {
            const x = cls(text, l);
            if (x === C.Lower)
                l++;
            else if (x === -2)
                return -1;
            else
                break;
        }
        // Alt1 needs a lowercase run after the uppercase one; alt2 an uppercase run (then lowercase).
        if (l > u || u > k)
            return l + contraction(text, l);
    }
    if (c === C.Digit)
        return digits(text, i);
    if (c === C.Other || c === C.Space) {
        const p = punctuation(text, i, true);
        if (p !== 0)
            return p;
    }
    return whitespace(text, i);
};
const cl100kAscii = (text, i) => {
    const c = cls(text, i);
    if (c < 0)
        return -1;
    const n = contraction(text, i);
    if (n > 0)
        return i + n;
    const k = c === C.Upper || c === C.Lower ? i : c === C.Digit || c === C.Newline ? -1 : i + 1;
    if (k >= 0) {
        let l = k;
        for (;;) {
            const x = cls(text, l);
            if (x === C.Upper || x === C.Lower)
                l++;
            else if (x === -2)
                return -1;
            else
                break;
        }
        if (l > k)
            return l;
    }
    if (c === C.Digit)
        return digits(text, i);
    if (c === C.Other || c === C.Space) {
        const p = punctuation(text, i, false);
        if (p !== 0)
            return p;
    }
    return whitespace(text, i);
};

;// CONCATENATED MODULE: ./src/dataset/tokenizer/byte-ranks.ts
/**
 * A tiktoken rank table keyed by bytes, in three flat arrays on SharedArrayBuffers: built once per
 * process and read by every thread (a worker gets the same memory, not a copy). o200k takes ~5 MB this
 * way, against ~35 MB per thread for a Map of latin1 strings.
 *
 * The byte-pair merge is tiktoken's `_byte_pair_merge` (tiktoken/src/lib.rs), over byte ranges.
 */
const NO_RANK = 0x7fffffff;
function fnv1a(bytes, start, end) {
    let h = 0x811c9dc5;
    for (let i = start; i < end; i++)
        h = Math.imul(h ^ bytes[i], 0x01000193);
    return h ^ (h >>> 15);
}
function shared(bytes) {
    return new SharedArrayBuffer(Math.max(4, bytes));
}
class ByteRanks {
    blob;
    starts;
    slots;
    mask;
    /** Scratch for the merge: part starts and the rank of each part merged with the next. */
    partStarts = new Int32Array(256);
    partRanks = new Int32Array(256);
    data;
    constructor(data) {
        this.data = data;
        this.blob = data.blob;
        this.starts = data.starts;
        this.slots = data.slots;
        this.mask = data.slots.length - 1;
    }
    /**
     * Parses js-tiktoken's compressed rank format (`! offset b64 b64 ...` per line), decoding the base64
     * straight into the shared blob: no string or array per token, so loading leaves no garbage behind
     * to grow the heap.
     */
    static parse(bpeRanks) {
        let blobBytes = 0;
        let maxRank = -1;
        forEachToken(bpeRanks, (rank, start, end) => {
            blobBytes += decodedLength(bpeRanks, start, end);
            if (rank > maxRank)
                maxRank = rank;
        });
        const blob = new Uint8Array(shared(blobBytes));
        const starts = new Uint32Array(shared((maxRank + 2) * 4));
        // Tokens come in rank order in js-tiktoken's files; missing ranks get empty ranges.
        let used = 0;
        let nextRank = 0;
        let count = 0;
        forEachToken(bpeRanks, (rank, start, end) => {
            if (rank < nextRank)
                throw new Error(`tokenizer ranks out of order at ${rank}`);
            for (; nextRank <= rank; nextRank++)
                starts[nextRank] = used;
            used = decodeBase64(bpeRanks, start, end, blob, used);
            count += 1;
        });
        for (; nextRank <= maxRank + 1; nextRank++)
            starts[nextRank] = used;
        let size = 16;
        while (size < count * 2)
            size *= 2;
        const table = new ByteRanks({ blob, starts, slots: new Int32Array(shared(size * 4)) });
        for (let rank = 0; rank <= maxRank; rank++) {
            if (starts[rank + 1] > starts[rank])
                table.insert(rank);
        }
        return table;
    }
    insert(rank) {
        const start = this.starts[rank];
        const end = this.starts[rank + 1];
        let i = fnv1a(this.blob, start, end) & this.mask;
        while (this.slots[i] !== 0)
            i = (i + 1) & this.mask;
        this.slots[i] = rank + 1;
    }
    /** Rank of the token with bytes `bytes[start, end)`, or -1. */
    rank(bytes, start, end) {
        const length = end - start;
        const blob = this.blob;
        let i = fnv1a(bytes, start, end) & this.mask;
        for (;;) {
            const entry = this.slots[i];
            if (entry === 0)
                return -1;
            const r = entry - 1;
            const at = this.starts[r];
            if (this.starts[r + 1] - at === length) {
                let same = true;
                for (let k = 0; k < length; k++) {
                    if (blob[at + k] !== bytes[start + k]) {
                        same = false;
                        break;
                    }
                }
                if (same)
                    return r;
            }
            i = (i + 1) & this.mask;
        }
    }
    /** Number of tokens of one pre-token's bytes, `bytes[0, length)`. */
    count(bytes, length) {
        if (length <= 1)
            return length;
        if (this.rank(bytes, 0, length) >= 0)
            return 1;
        return this.merge(bytes, length);
    }
    /** Token ids of one pre-token's bytes, `bytes[0, length)`. */
    encode(bytes, length) {
        if (length === 0)
            return [];
        const whole = this.rank(bytes, 0, length);
        if (whole >= 0)
            return [whole];
        const parts = this.merge(bytes, length);
        const ids = [];
        for (let i = 0; i < parts; i++)
            ids.push(this.rank(bytes, this.partStarts[i], this.partStarts[i + 1]));
        return ids;
    }
    /** Merges the pair with the lowest rank until none is left; returns the number of parts. */
    merge(bytes, length) {
        if (this.partStarts.length < length + 1) {
            this.partStarts = new Int32Array(length + 1);
            this.partRanks = new Int32Array(length + 1);
        }
        const starts = this.partStarts;
        const ranks = this.partRanks;
        for (let i = 0; i < length; i++) {
            starts[i] = i;
            ranks[i] = i + 2 <= length ? this.rankOr(bytes, i, i + 2) : NO_RANK;
        }
        starts[length] = length;
        ranks[length] = NO_RANK;
        let n = length + 1;
        const rankOf = (i) => i + 3 < n ? this.rankOr(bytes, starts[i], starts[i + 3]) : NO_RANK;
        for (;;) {
            let min = NO_RANK;
            let at = -1;
            for (let i = 0; i < n - 1; i++) {
                if (ranks[i] < min) {
                    min = ranks[i];
                    at = i;
                }
            }
            if (at < 0)
                break;
            ranks[at] = rankOf(at);
            if (at > 0)
                ranks[at - 1] = rankOf(at - 1);
            starts.copyWithin(at + 1, at + 2, n);
            ranks.copyWithin(at + 1, at + 2, n);
            n -= 1;
        }
        return n - 1;
    }
    rankOr(bytes, start, end) {
        const r = this.rank(bytes, start, end);
        return r < 0 ? NO_RANK : r;
    }
}
/** Calls `each` with the rank and the base64 text span of every token in js-tiktoken's format. */
function forEachToken(text, each) {
    let at = 0;
    while (at < text.length) {
        let lineEnd = text.indexOf('\n', at);
        if (lineEnd < 0)
            lineEnd = text.length;
        // `! <offset> <token> <token> ...`: skip the marker, read the offset, then the tokens.
        let field = text.indexOf(' ', at);
        if (field < 0 || field >= lineEnd) {
            at = lineEnd + 1;
            continue;
        }
        let next = text.indexOf(' ', field + 1);
        if (next < 0 || next > lineEnd)
            next = lineEnd;
        let rank = Number.parseInt(text.slice(field + 1, next), 10);
        field = next;
        while (field < lineEnd) {
            next = text.indexOf(' ', field + 1);
            if (next < 0 || next > lineEnd)
                next = lineEnd;
            if (next > field + 1)
                each(rank++, field + 1, next);
            field = next;
        }
        at = lineEnd + 1;
    }
}
const BASE64 = new Int8Array(128).fill(-1);
for (let i = 0; i < 64; i++) {
    BASE64['ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'.charCodeAt(i)] = i;
}
function decodedLength(text, start, end) {
    while (end > start && text.charCodeAt(end - 1) === 0x3d)
        end--;
    return Math.floor(((end - start) * 3) / 4);
}
/** Decodes base64 `text[start, end)` into `out` at `at`; returns the end of what it wrote. */
function decodeBase64(text, start, end, out, at) {
    let bits = 0;
    let value = 0;
    for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i);
        if (c === 0x3d)
            break;
        const v = c < 128 ? BASE64[c] : -1;
        if (v < 0)
            throw new Error(`bad base64 in tokenizer ranks at ${i}`);
        value = ((value << 6) | v) & 0xffffff;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[at++] = (value >>> bits) & 0xff;
        }
    }
    return at;
}

;// CONCATENATED MODULE: ./src/dataset/tokenizer/tiktoken.ts



async function importRanks(name) {
    // Separate static specifiers, so a bundler includes both and loads only the one asked for.
    if (name === 'o200k_base')
        return (await __webpack_require__.e(/* import() */ 913).then(__webpack_require__.bind(__webpack_require__, 75913))).default;
    return (await __webpack_require__.e(/* import() */ 718).then(__webpack_require__.bind(__webpack_require__, 60718))).default;
}
/**
 * tiktoken's patterns are Rust regexes, whose `\s` is Unicode White_Space; JavaScript's `\s` lacks
 * U+0085 and adds U+FEFF. Spelling the class out makes the JS split match tiktoken's (js-tiktoken
 * itself differs on text with U+0085, e.g. tiktoken's test ' \x850').
 */
const WHITE_SPACE = '\\t\\n\\v\\f\\r \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
function rustCompatiblePattern(pattern) {
    let out = '';
    let inClass = false;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\' && i + 1 < pattern.length) {
            const next = pattern[i + 1];
            i += 1;
            if (next === 's')
                out += inClass ? WHITE_SPACE : `[${WHITE_SPACE}]`;
            else if (next === 'S') {
                if (inClass)
                    throw new Error('\\S inside a character class is not supported');
                out += `[^${WHITE_SPACE}]`;
            }
            else
                out += c + next;
            continue;
        }
        if (c === '[')
            inClass = true;
        else if (c === ']')
            inClass = false;
        out += c;
    }
    return out;
}
/** Longest pre-token kept in the memo; longer ones (base64 blobs, long numbers) are rare and unique. */
const MAX_MEMO_PIECE = 48;
/** Memo entries per thread: enough for a dataset's working vocabulary, a few MB at most. */
const MEMO_ENTRIES = 64 * 1024;
const utf8 = new TextEncoder();
/**
 * A tiktoken encoding over js-tiktoken's ranks and pre-tokenizer pattern. Counts are memoized per
 * pre-token: BPE never merges across pre-token boundaries, so a text's count is the sum of its pieces'.
 */
class TiktokenTokenizer {
    pattern;
    /** The same pattern, anchored where it is run (after the ASCII splitter gave up). */
    sticky;
    ascii;
    memo = new BoundedCache(MEMO_ENTRIES);
    pieces = new PieceMemo();
    bytes = new Uint8Array(1024);
    name;
    loadMs;
    ranks;
    patStr;
    constructor(name, ranks, patStr, loadMs) {
        this.name = name;
        this.ranks = ranks;
        this.patStr = patStr;
        this.loadMs = loadMs;
        this.pattern = new RegExp(rustCompatiblePattern(patStr), 'gu');
        this.sticky = new RegExp(rustCompatiblePattern(patStr), 'uy');
        this.ascii = name === 'o200k_base' ? o200kAscii : cl100kAscii;
    }
    /** The end of the pre-token that starts at `i`: the ASCII splitter, or the regex where it cannot tell. */
    pieceEnd(text, i) {
        const end = this.ascii(text, i);
        if (end > i)
            return end;
        this.sticky.lastIndex = i;
        const m = this.sticky.exec(text);
        return m ? i + m[0].length : i + 1;
    }
    /** The vocabulary on shared memory, for `fromShared` in another thread. */
    share() {
        return { name: this.name, patStr: this.patStr, ranks: this.ranks.data };
    }
    static fromShared(shared) {
        return new TiktokenTokenizer(shared.name, new ByteRanks(shared.ranks), shared.patStr, 0);
    }
    /** Writes the piece's UTF-8 bytes to `this.bytes`; returns their number. */
    pieceBytes(piece) {
        if (this.bytes.length < piece.length * 3)
            this.bytes = new Uint8Array(piece.length * 3);
        const bytes = this.bytes;
        for (let i = 0; i < piece.length; i++) {
            const c = piece.charCodeAt(i);
            if (c > 0x7f)
                return utf8.encodeInto(piece, bytes).written;
            bytes[i] = c;
        }
        return piece.length;
    }
    encode(text) {
        const ids = [];
        for (const match of text.matchAll(this.pattern)) {
            const n = this.pieceBytes(match[0]);
            ids.push(...this.ranks.encode(this.bytes, n));
        }
        return ids;
    }
    count(text) {
        let total = 0;
        const n = text.length;
        let i = 0;
        while (i < n) {
            const end = this.pieceEnd(text, i);
            const length = end - i;
            if (length > MAX_MEMO_PIECE) {
                total += this.ranks.count(this.bytes, this.pieceBytes(text.slice(i, end)));
            }
            else {
                let count = this.pieces.get(text, i, end);
                if (count < 0) {
                    const piece = text.slice(i, end);
                    count = this.ranks.count(this.bytes, this.pieceBytes(piece));
                    this.pieces.set(piece, count);
                }
                total += count;
            }
            i = end;
        }
        return total;
    }
    /** The regex-only count, as before the ASCII splitter (the tests compare the two). */
    countWithRegex(text) {
        let total = 0;
        const pattern = this.pattern;
        pattern.lastIndex = 0;
        let match;
        while ((match = pattern.exec(text)) !== null) {
            const piece = match[0];
            if (piece.length > MAX_MEMO_PIECE) {
                total += this.ranks.count(this.bytes, this.pieceBytes(piece));
                continue;
            }
            let n = this.memo.get(piece);
            if (n === undefined) {
                n = this.ranks.count(this.bytes, this.pieceBytes(piece));
                this.memo.set(piece, n);
            }
            total += n;
        }
        return total;
    }
}
/**
 * Counts of pre-tokens, looked up by a span of the text without slicing it: open addressing on a hash of
 * the span's chars, each slot checked with `startsWith`. A hit allocates nothing. Full, it starts over.
 */
class PieceMemo {
    keys = new Array(MEMO_SLOTS);
    counts = new Int32Array(MEMO_SLOTS);
    size = 0;
    static hash(text, start, end) {
        let h = 0x811c9dc5;
        for (let i = start; i < end; i++)
            h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
        return (h ^ (h >>> 15)) & (MEMO_SLOTS - 1);
    }
    /** The count of `text[start, end)`, or -1. */
    get(text, start, end) {
        const length = end - start;
        let slot = PieceMemo.hash(text, start, end);
        for (;;) {
            const key = this.keys[slot];
            if (key === undefined)
                return -1;
            if (key.length === length && text.startsWith(key, start))
                return this.counts[slot];
            slot = (slot + 1) & (MEMO_SLOTS - 1);
        }
    }
    set(piece, count) {
        if (this.size >= MEMO_ENTRIES) {
            this.keys = new Array(MEMO_SLOTS);
            this.counts = new Int32Array(MEMO_SLOTS);
            this.size = 0;
        }
        let slot = PieceMemo.hash(piece, 0, piece.length);
        while (this.keys[slot] !== undefined)
            slot = (slot + 1) & (MEMO_SLOTS - 1);
        this.keys[slot] = piece;
        this.counts[slot] = count;
        this.size += 1;
    }
}
/** Slots of the piece memo: a power of two, twice the entries, so probes stay short. */
const MEMO_SLOTS = MEMO_ENTRIES * 2;
const tiktoken_loading = new Map();
/** Loads an encoding once per process, on first use (o200k takes about 0.2 s). */
function loadTiktoken(name) {
    let pending = tiktoken_loading.get(name);
    if (!pending) {
        pending = (async () => {
            const started = performance.now();
            const module = await importRanks(name);
            const ranks = ByteRanks.parse(module.bpe_ranks);
            return new TiktokenTokenizer(name, ranks, module.pat_str, performance.now() - started);
        })();
        tiktoken_loading.set(name, pending);
    }
    return pending;
}
const adopted = new Map();
/** The tokenizer over another thread's shared vocabulary (built once per thread and encoding). */
function tiktokenFromShared(shared) {
    let tokenizer = adopted.get(shared.name);
    if (!tokenizer) {
        tokenizer = TiktokenTokenizer.fromShared(shared);
        adopted.set(shared.name, tokenizer);
    }
    return tokenizer;
}

;// CONCATENATED MODULE: ./src/dataset/tokenizer/index.ts




/** The tokenizer of a model family, loaded once per thread on first use. */
function loadTokenizer(kind) {
    switch (kind) {
        case 'llama-sentencepiece':
            return loadLlama();
        case 'o200k':
            return loadTiktoken('o200k_base');
        case 'cl100k':
            return loadTiktoken('cl100k_base');
    }
}
/**
 * Describes the tokenizer for other threads: a tiktoken vocabulary is loaded here (once per process)
 * to be shared; a Llama handle is just the kind. `loadMs` is set when this call loaded something.
 */
async function tokenizerHandle(kind) {
    if (kind === 'llama-sentencepiece')
        return { handle: { kind } };
    const tokenizer = await loadTiktoken(kind === 'o200k' ? 'o200k_base' : 'cl100k_base');
    return { handle: { kind, shared: tokenizer.share() }, loadMs: tokenizer.loadMs };
}
/** The tokenizer a handle describes, on this thread. */
async function tokenizerFromHandle(handle) {
    return handle.shared ? tiktokenFromShared(handle.shared) : loadTokenizer(handle.kind);
}
/** The model's template and added tokens, as the counting code takes them. */
function templateFacts(model) {
    return { template: model.template, matcher: addedTokenMatcher(model.addedTokens) };
}
/** Token count of a chat example for `model` (its tokenizer, added tokens and chat template). */
async function countChatTokens(messages, model, options) {
    const tokenizer = await loadTokenizer(model.tokenizer);
    return countWithTemplate(messages, templateFacts(model), (t) => tokenizer.count(t), options);
}
/** Token ids of a chat example for `model`, as its own tokenizer and template give them. */
async function encodeChatTokens(messages, model, options) {
    const tokenizer = await loadTokenizer(model.tokenizer);
    return encodeWithTemplate(messages, templateFacts(model), (t) => tokenizer.encode(t), options);
}


/***/ })

};

//# sourceMappingURL=232.index.js.map