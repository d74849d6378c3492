export const id = 156;
export const ids = [156];
export const modules = {

/***/ 8156:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  convertCommand: () => (/* binding */ convertCommand)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/dataset/formats.ts
var formats = __webpack_require__(19808);
// EXTERNAL MODULE: ./src/dataset/analyze.ts + 1 modules
var analyze = __webpack_require__(14510);
// EXTERNAL MODULE: ./src/dataset/lines.ts
var lines = __webpack_require__(29355);
// EXTERNAL MODULE: ./src/dataset/source.ts
var source = __webpack_require__(50059);
// EXTERNAL MODULE: ./src/dataset/validate.ts
var validate = __webpack_require__(41840);
;// CONCATENATED MODULE: ./src/dataset/convert.ts
/**
 * `convert`: a dataset in another tool's format to Azure's chat JSONL (preference pairs to Azure's DPO
 * shape, evaluation items to the golden shape), line by line and faithfully: every field that carries
 * meaning is mapped or reported, never dropped in silence, and the input is never written over. What a
 * line cannot be mapped to (an image, a grader's prompt) leaves that line out of the output and is
 * reported with its line number.
 */








const isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const fail = (reason) => ({ ok: false, reason });
/** Keys a mapping does not know: reported so nothing is lost unseen. */
function extraKeys(obj, known, notes) {
    for (const key in obj)
        if (!known.includes(key))
            notes.push(`key \`${key}\` not mapped`);
}
/** Content parts that are all text, joined; undefined when a part is not text (an image, audio). */
function textOfParts(parts, notes) {
    const texts = [];
    for (const p of parts) {
        if (typeof p === 'string')
            texts.push(p);
        else if (isObject(p) && (p.type === 'text' || p.type === undefined) && typeof p.text === 'string')
            texts.push(p.text);
        else
            return undefined;
    }
    if (texts.length > 1)
        notes.push('several text parts joined with a line break');
    return texts.join('\n');
}
/** Chat messages as Azure takes them: `developer` is the system role, text parts one string. */
function normalizeChat(messages, notes) {
    const out = [];
    for (const m of messages) {
        if (!isObject(m))
            return 'a message is not an object';
        const message = { ...m, role: String(m.role) };
        if (m.role === 'developer') {
            message.role = 'system';
            notes.push('role developer -> system');
        }
        if (Array.isArray(m.content)) {
            const text = textOfParts(m.content, notes);
            if (text === undefined)
                return 'content has a part that is not text (an image or audio): a text model cannot train on it';
            message.content = text;
        }
        out.push(message);
    }
    return out;
}
function asMessages(value, role, notes) {
    if (typeof value === 'string')
        return [{ role, content: value }];
    if (Array.isArray(value))
        return normalizeChat(value, notes);
    return `is neither a string nor a list of messages`;
}
const SHAREGPT_ROLES = {
    human: 'user',
    user: 'user',
    gpt: 'assistant',
    assistant: 'assistant',
    model: 'assistant',
    bot: 'assistant',
    chatgpt: 'assistant',
    system: 'system',
};
/** LLaMA-Factory's `tools`: a JSON string (or list) of function definitions -> Azure tools. */
function toolsFrom(value) {
    let list = value;
    if (typeof value === 'string') {
        if (value.trim() === '')
            return undefined;
        try {
            list = JSON.parse(value);
        }
        catch {
            return undefined;
        }
    }
    if (!Array.isArray(list))
        return undefined;
    return list.map((t) => isObject(t) && t.type === 'function' && isObject(t.function) ? t : { type: 'function', function: t });
}
function toolCall(id, name, args) {
    return {
        id,
        type: 'function',
        function: { name, arguments: typeof args === 'string' ? args : JSON.stringify(args ?? {}) },
    };
}
/** A tool-call id that is stable for the line: call_<message index>_<call index>. */
const callId = (message, call = 0) => `call_${message}_${call}`;
function fromShareGpt(obj, notes) {
    extraKeys(obj, ['conversations', 'system', 'tools'], notes);
    const messages = [];
    if (typeof obj.system === 'string' && obj.system !== '')
        messages.push({ role: 'system', content: obj.system });
    let lastCall;
    const turns = obj.conversations;
    for (let i = 0; i < turns.length; i++) {
        const t = turns[i];
        if (!isObject(t))
            return fail(`conversation turn ${i + 1} is not an object`);
        const from = String(t.from ?? t.role ?? '');
        const value = t.value ?? t.content;
        if (from === 'function_call') {
            let call = value;
            try {
                if (typeof value === 'string')
                    call = JSON.parse(value);
            }
            catch {
                return fail(`turn ${i + 1} (function_call) is not JSON {name, arguments}`);
            }
            if (!isObject(call) || typeof call.name !== 'string')
                return fail(`turn ${i + 1} (function_call) has no function name`);
            lastCall = callId(i);
            messages.push({
                role: 'assistant',
                content: null,
                tool_calls: [toolCall(lastCall, call.name, call.arguments)],
            });
            continue;
        }
        if (from === 'observation' || from === 'tool' || from === 'function') {
            if (!lastCall)
                return fail(`turn ${i + 1} (${from}) answers no function_call before it`);
            messages.push({
                role: 'tool',
                tool_call_id: lastCall,
                content: typeof value === 'string' ? value : JSON.stringify(value),
            });
            continue;
        }
        const role = SHAREGPT_ROLES[from.toLowerCase()];
        if (!role)
            return fail(`turn ${i + 1} comes from '${from}', which has no chat role`);
        if (typeof value !== 'string')
            return fail(`turn ${i + 1} has a value that is not text`);
        messages.push({ role, content: value });
    }
    const out = { messages };
    const tools = toolsFrom(obj.tools);
    if (tools)
        out.tools = tools;
    else if (obj.tools !== undefined && obj.tools !== '')
        notes.push('key `tools` not mapped (not a JSON list)');
    return { ok: true, value: out, target: 'chat', notes };
}
function partsText(parts, notes) {
    if (typeof parts === 'string')
        return parts;
    if (!Array.isArray(parts))
        return undefined;
    const texts = [];
    for (const p of parts) {
        if (isObject(p) && typeof p.text === 'string')
            texts.push(p.text);
        else
            return undefined;
    }
    if (texts.length > 1)
        notes.push('several text parts joined');
    // Gemini's parts are pieces of one content: concatenated as they are.
    return texts.join('');
}
function fromGemini(obj, notes) {
    extraKeys(obj, ['contents', 'systemInstruction', 'system_instruction', 'tools'], notes);
    const messages = [];
    const system = obj.systemInstruction ?? obj.system_instruction;
    if (system !== undefined) {
        const text = isObject(system) ? partsText(system.parts, notes) : partsText(system, notes);
        if (text === undefined)
            return fail('systemInstruction has parts that are not text');
        messages.push({ role: 'system', content: text });
    }
    const calls = [];
    const contents = obj.contents;
    for (let i = 0; i < contents.length; i++) {
        const c = contents[i];
        if (!isObject(c) || !Array.isArray(c.parts))
            return fail(`contents ${i + 1} has no parts`);
        const role = c.role === 'model'
            ? 'assistant'
            : c.role === 'user'
                ? 'user'
                : c.role === 'function'
                    ? 'tool'
                    : undefined;
        if (!role)
            return fail(`contents ${i + 1} has role '${String(c.role)}', which has no chat role`);
        const texts = [];
        const toolCalls = [];
        for (const [j, p] of c.parts.entries()) {
            if (!isObject(p))
                return fail(`contents ${i + 1}, part ${j + 1} is not an object`);
            if (typeof p.text === 'string')
                texts.push(p.text);
            else if (isObject(p.functionCall)) {
                const id = callId(i, j);
                calls.push({ id, name: String(p.functionCall.name) });
                toolCalls.push(toolCall(id, p.functionCall.name, p.functionCall.args));
            }
            else if (isObject(p.functionResponse)) {
                const name = String(p.functionResponse.name);
                const call = [...calls].reverse().find((x) => x.name === name);
                if (!call)
                    return fail(`contents ${i + 1}: a functionResponse for '${name}' answers no functionCall`);
                messages.push({
                    role: 'tool',
                    tool_call_id: call.id,
                    content: JSON.stringify(p.functionResponse.response ?? {}),
                });
            }
            else
                return fail(`contents ${i + 1}, part ${j + 1} is not text (an image or file): a text model cannot train on it`);
        }
        if (texts.length > 1)
            notes.push('several text parts joined');
        if (texts.length > 0 || toolCalls.length > 0) {
            const message = {
                role: role === 'tool' ? 'assistant' : role,
                content: texts.length > 0 ? texts.join('') : null,
            };
            if (toolCalls.length > 0)
                message.tool_calls = toolCalls;
            if (role !== 'tool' || texts.length > 0)
                messages.push(message);
        }
    }
    const out = { messages };
    if (Array.isArray(obj.tools)) {
        const declarations = obj.tools.flatMap((t) => isObject(t) && Array.isArray(t.functionDeclarations) ? t.functionDeclarations : []);
        if (declarations.length > 0)
            out.tools = declarations.map((d) => ({ type: 'function', function: d }));
    }
    return { ok: true, value: out, target: 'chat', notes };
}
function fromFunctions(obj, notes) {
    extraKeys(obj, ['messages', 'functions', 'tools'], notes);
    const messages = [];
    const calls = [];
    const list = obj.messages;
    for (let i = 0; i < list.length; i++) {
        const m = list[i];
        if (!isObject(m))
            return fail(`message ${i + 1} is not an object`);
        const { function_call: call, ...rest } = m;
        if (call !== undefined) {
            if (!isObject(call) || typeof call.name !== 'string')
                return fail(`message ${i + 1} has a function_call without a name`);
            const id = callId(i);
            calls.push({ id, name: call.name });
            const message = {
                ...rest,
                role: String(m.role),
                content: typeof m.content === 'string' ? m.content : null,
            };
            message.tool_calls = [toolCall(id, call.name, call.arguments)];
            messages.push(message);
            continue;
        }
        if (m.role === 'function') {
            const name = String(m.name ?? '');
            const match = [...calls].reverse().find((x) => x.name === name) ?? calls[calls.length - 1];
            if (!match)
                return fail(`message ${i + 1} (function) answers no function_call before it`);
            messages.push({
                role: 'tool',
                tool_call_id: match.id,
                content: typeof m.content === 'string' ? m.content : JSON.stringify(m.content),
            });
            continue;
        }
        const normalized = normalizeChat([m], notes);
        if (typeof normalized === 'string')
            return fail(`message ${i + 1}: ${normalized}`);
        messages.push(normalized[0]);
    }
    const out = { messages };
    const functions = Array.isArray(obj.functions) ? obj.functions : [];
    const tools = [
        ...(Array.isArray(obj.tools) ? obj.tools : []),
        ...functions.map((f) => ({ type: 'function', function: f })),
    ];
    if (tools.length > 0)
        out.tools = tools;
    return { ok: true, value: out, target: 'chat', notes };
}
function fromTrl(obj, notes) {
    extraKeys(obj, ['prompt', 'chosen', 'rejected'], notes);
    const chosen = asMessages(obj.chosen, 'assistant', notes);
    const rejected = asMessages(obj.rejected, 'assistant', notes);
    if (typeof chosen === 'string')
        return fail(`chosen ${chosen}`);
    if (typeof rejected === 'string')
        return fail(`rejected ${rejected}`);
    let prompt;
    let preferred = chosen;
    let nonPreferred = rejected;
    if (obj.prompt !== undefined) {
        const p = asMessages(obj.prompt, 'user', notes);
        if (typeof p === 'string')
            return fail(`prompt ${p}`);
        prompt = p;
    }
    else {
        // TRL's implicit prompt: both conversations share it; the outputs are what follows.
        let shared = 0;
        while (shared < chosen.length - 1 &&
            shared < rejected.length - 1 &&
            JSON.stringify(chosen[shared]) === JSON.stringify(rejected[shared]))
            shared++;
        if (shared === 0)
            return fail('chosen and rejected share no prompt (and there is no `prompt`)');
        prompt = chosen.slice(0, shared);
        preferred = chosen.slice(shared);
        nonPreferred = rejected.slice(shared);
    }
    return {
        ok: true,
        value: { input: { messages: prompt }, preferred_output: preferred, non_preferred_output: nonPreferred },
        target: 'dpo',
        notes,
    };
}
function fromEval(obj, notes) {
    const out = {};
    if (obj.id !== undefined)
        out.id = obj.id;
    if (Array.isArray(obj.messages)) {
        const messages = normalizeChat(obj.messages, notes);
        if (typeof messages === 'string')
            return fail(messages);
        out.messages = messages;
        extraKeys(obj, ['id', 'messages', 'expected', 'metadata', 'tools'], notes);
    }
    else {
        const key = ['input', 'question', 'prompt', 'query'].find((k) => typeof obj[k] === 'string');
        if (!key)
            return fail('has `expected` but no question (input, question, prompt or messages)');
        out.messages = [{ role: 'user', content: obj[key] }];
        extraKeys(obj, ['id', key, 'expected', 'metadata'], notes);
    }
    out.expected = obj.expected;
    if (obj.metadata !== undefined)
        out.metadata = obj.metadata;
    return { ok: true, value: out, target: 'golden', notes };
}
/** One line's conversion, by its detected format. */
function convertLine(obj, format = (0,formats/* detectFormat */.Tz)(obj)) {
    const notes = [];
    switch (format) {
        case 'chat':
        case 'vision': {
            const messages = normalizeChat(obj.messages, notes);
            if (typeof messages === 'string')
                return fail(messages);
            return { ok: true, value: { ...obj, messages }, target: 'chat', notes };
        }
        case 'prompt-completion':
            extraKeys(obj, ['prompt', 'completion'], notes);
            if (typeof obj.prompt !== 'string' || typeof obj.completion !== 'string')
                return fail('prompt or completion is not a string');
            return {
                ok: true,
                value: {
                    messages: [
                        { role: 'user', content: obj.prompt },
                        { role: 'assistant', content: obj.completion },
                    ],
                },
                target: 'chat',
                notes,
            };
        case 'sharegpt':
            return fromShareGpt(obj, notes);
        case 'gemini':
            return fromGemini(obj, notes);
        case 'functions':
            return fromFunctions(obj, notes);
        case 'trl-preference':
            return fromTrl(obj, notes);
        case 'dpo':
            return { ok: true, value: obj, target: 'dpo', notes };
        case 'eval':
            return fromEval(obj, notes);
        case 'rft':
            return fail('a reinforcement fine-tuning prompt has no assistant answer to train on');
        case 'unknown':
            return fail('not a dataset format this tool knows');
    }
}
const MAX_UNMAPPED_LISTED = 50;
/** Same file, by path or by identity: never write over the input. */
async function sameFile(a, b) {
    if (external_node_path_default().resolve(a) === external_node_path_default().resolve(b))
        return true;
    try {
        const [x, y] = await Promise.all([(0,promises_.stat)(a), (0,promises_.stat)(b)]);
        return x.ino === y.ino && x.dev === y.dev;
    }
    catch {
        return false;
    }
}
/** Converts `input` into `output` (paths as given, reported as given). Throws when they are one file. */
async function convertFile(root, input, output) {
    const inAbs = external_node_path_default().resolve(root, input);
    const outAbs = external_node_path_default().resolve(root, output);
    if (await sameFile(inAbs, outAbs))
        throw new Error(`convert writes a new file: the output ${output} is the input; name another file.`);
    (0,external_node_fs_.realpathSync)(inAbs); // a missing input fails here, before the output is created
    const out = (0,external_node_fs_.createWriteStream)(outAbs);
    const report = {
        input,
        output,
        lines: 0,
        written: 0,
        formats: {},
        targets: {},
        unmapped: [],
        unmappedCount: 0,
        notes: {},
    };
    const unmapped = (line, reason) => {
        report.unmappedCount += 1;
        if (report.unmapped.length < MAX_UNMAPPED_LISTED)
            report.unmapped.push({ line, reason });
    };
    try {
        await (0,lines/* scanLines */.JH)((0,source/* readStream */.bv)(inAbs), { maxLineBytes: validate/* DEFAULT_MAX_LINE_BYTES */.i$ }, async (batch) => {
            let chunk = '';
            for (let i = 0; i < batch.ends.length; i++) {
                const line = batch.firstLine + i;
                const bytes = (0,lines/* lineBytes */.M)(batch, i);
                if ((0,analyze/* isBlankLine */.pB)(bytes))
                    continue;
                report.lines += 1;
                if (batch.flags[i] & lines/* LINE_TOO_LONG */.Fs) {
                    unmapped(line, 'longer than one example can be');
                    continue;
                }
                let obj;
                try {
                    obj = JSON.parse(Buffer.from(bytes).toString('utf8'));
                }
                catch {
                    unmapped(line, 'not valid JSON (run validate for the cause)');
                    continue;
                }
                if (!isObject(obj)) {
                    unmapped(line, 'not a JSON object');
                    continue;
                }
                const format = (0,formats/* detectFormat */.Tz)(obj);
                report.formats[format] = (report.formats[format] ?? 0) + 1;
                const result = convertLine(obj, format);
                if (!result.ok) {
                    unmapped(line, result.reason);
                    continue;
                }
                for (const note of new Set(result.notes))
                    report.notes[note] = (report.notes[note] ?? 0) + 1;
                report.targets[result.target] = (report.targets[result.target] ?? 0) + 1;
                report.written += 1;
                chunk += `${JSON.stringify(result.value)}\n`;
            }
            if (chunk && !out.write(chunk))
                await new Promise((resolve) => out.once('drain', resolve));
        });
    }
    finally {
        await new Promise((resolve, reject) => out.end((e) => (e ? reject(e) : resolve())));
    }
    return report;
}
/** The output file's default name: beside the input, `<name>.chat.jsonl`. */
function defaultOutput(input) {
    const ext = external_node_path_default().extname(input);
    const base = ext ? input.slice(0, -ext.length) : input;
    return `${base}.chat.jsonl`;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(54285);
;// CONCATENATED MODULE: ./src/report/convert.ts

/** One line per file, then the lines left out and the notes, so nothing is lost unseen. */
function renderConvertSummary(reports) {
    const parts = ['### Dataset conversion', ''];
    parts.push((0,markdown/* table */.tp)(['Input', 'Formats', 'Output', 'Written', 'Not mapped'], reports.map((r) => [
        (0,markdown/* code */.aY)(r.input),
        (0,markdown/* cell */.Hn)(Object.entries(r.formats)
            .map(([format, n]) => `${format} ${(0,markdown/* formatInt */.Dw)(n ?? 0)}`)
            .join(', ')),
        (0,markdown/* code */.aY)(r.output),
        (0,markdown/* formatInt */.Dw)(r.written),
        r.unmappedCount > 0 ? `${markdown/* ICON */.kb.warning} ${(0,markdown/* formatInt */.Dw)(r.unmappedCount)}` : '0',
    ]), ['left', 'left', 'left', 'right', 'right']), '');
    for (const r of reports) {
        if (r.unmappedCount > 0) {
            parts.push(`**Not mapped in ${(0,markdown/* code */.aY)(r.input, 'text')}** (left out of the output):`, '');
            for (const u of r.unmapped)
                parts.push(`- line ${u.line}: ${(0,markdown/* cell */.Hn)(u.reason)}`);
            if (r.unmappedCount > r.unmapped.length)
                parts.push(`- … ${(0,markdown/* plural */.LS)(r.unmappedCount - r.unmapped.length, 'more line')}`);
            parts.push('');
        }
        const notes = Object.entries(r.notes);
        if (notes.length > 0) {
            parts.push(`**Mapped with a note in ${(0,markdown/* code */.aY)(r.input, 'text')}:**`, '');
            for (const [note, n] of notes)
                parts.push(`- ${(0,markdown/* cell */.Hn)(note)}: ${(0,markdown/* plural */.LS)(n, 'line')}`);
            parts.push('');
        }
    }
    return parts.join('\n').trimEnd();
}

;// CONCATENATED MODULE: ./src/commands/convert.ts
/**
 * `convert`: each configured data file in another tool's format becomes chat JSONL beside it
 * (`<name>.chat.jsonl`), never written over; what a line could not be mapped to is reported.
 */



const convertCommand = async (ctx) => {
    const { config, log } = ctx;
    const files = [config.data.training, config.data.validation, config.data.golden].filter((f) => f !== undefined);
    if (files.length === 0) {
        const message = "Nothing to convert: set 'training-file' (and 'validation-file', 'golden-file') to the files to convert.";
        return {
            command: 'convert',
            status: 'failed',
            headline: 'No data file configured.',
            summary: `### Dataset conversion\n\n${message}`,
            outputs: { 'converted-files': '' },
            annotations: [],
            failure: message,
        };
    }
    const reports = [];
    for (const file of files) {
        const input = external_node_path_default().relative(config.root, external_node_path_default().resolve(config.root, file)).split((external_node_path_default()).sep).join('/');
        const report = await convertFile(config.root, input, defaultOutput(input));
        log.info(`convert: ${input} -> ${report.output}: ${report.written} written, ${report.unmappedCount} not mapped`);
        reports.push(report);
    }
    const unmapped = reports.reduce((n, r) => n + r.unmappedCount, 0);
    const written = reports.reduce((n, r) => n + r.written, 0);
    return {
        command: 'convert',
        status: 'succeeded',
        headline: `Converted ${written} line(s) into ${reports.length} file(s)${unmapped > 0 ? `; ${unmapped} line(s) could not be mapped` : ''}.`,
        summary: renderConvertSummary(reports),
        outputs: { 'converted-files': reports.map((r) => r.output).join(',') },
        annotations: reports.flatMap((r) => r.unmapped.slice(0, 5).map((u) => ({
            level: 'warning',
            title: 'Not converted',
            message: u.reason,
            file: r.input,
            line: u.line,
        }))),
        detail: { conversions: reports },
    };
};


/***/ })

};

//# sourceMappingURL=156.index.js.map