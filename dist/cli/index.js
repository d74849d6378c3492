import './sourcemap-register.cjs';import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
__webpack_unused_export__ = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
exports.Tp = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  iA: () => (/* binding */ JSON_SCHEMA_VERSION),
  bA: () => (/* binding */ TOKEN_VOCABULARY),
  u_: () => (/* binding */ USAGE),
  eb: () => (/* binding */ UsageError),
  $6: () => (/* binding */ cliConfig),
  Ao: () => (/* binding */ jsonResult),
  Tl: () => (/* binding */ packageVersion),
  wE: () => (/* binding */ parseCli),
  ak: () => (/* binding */ runCli)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./src/config/parse.ts
class ConfigError extends Error {
    name = 'ConfigError';
}
const TRUE = new Set(['true', 'yes', 'on', '1']);
const FALSE = new Set(['false', 'no', 'off', '0']);
function describe(value) {
    return typeof value === 'string' ? `'${value}'` : JSON.stringify(value);
}
function fail(raw, expected) {
    throw new ConfigError(`${raw.where} must be ${expected}; got ${describe(raw.value)}.`);
}
function scalarText(raw) {
    const v = raw.value;
    if (typeof v === 'string')
        return v.trim();
    if (typeof v === 'number' || typeof v === 'boolean')
        return String(v);
    return fail(raw, 'a single value');
}
function parseNumber(raw, kind, integer) {
    const text = scalarText(raw);
    const n = Number(text);
    const range = kind.min !== undefined && kind.max !== undefined
        ? ` between ${kind.min} and ${kind.max}`
        : kind.min !== undefined
            ? kind.exclusiveMin
                ? ` above ${kind.min}`
                : ` of at least ${kind.min}`
            : '';
    const expected = `${integer ? 'a whole number' : 'a number'}${range}`;
    if (text === '' || !Number.isFinite(n))
        fail(raw, expected);
    if (integer && !Number.isInteger(n))
        fail(raw, expected);
    if (kind.min !== undefined && (kind.exclusiveMin ? n <= kind.min : n < kind.min))
        fail(raw, expected);
    if (kind.max !== undefined && n > kind.max)
        fail(raw, expected);
    return n;
}
function parseList(raw) {
    const v = raw.value;
    if (Array.isArray(v)) {
        return v.map((item, i) => {
            if (typeof item !== 'string' && typeof item !== 'number')
                fail({ ...raw, where: `${raw.where} item ${i + 1}` }, 'text');
            return String(item).trim();
        });
    }
    if (typeof v === 'string') {
        return v
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter((l) => l !== '' && !l.startsWith('#'));
    }
    return fail(raw, 'a list (one item per line)');
}
function parseMap(raw) {
    const v = raw.value;
    const out = {};
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
        for (const [k, val] of Object.entries(v)) {
            if (typeof val === 'object' && val !== null)
                fail({ ...raw, where: `${raw.where}.${k}` }, 'a single value');
            out[k] = String(val);
        }
        return out;
    }
    if (typeof v === 'string') {
        for (const line of parseList(raw)) {
            const eq = line.indexOf('=');
            if (eq <= 0)
                fail(raw, "lines of 'name=value'");
            out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
        }
        return out;
    }
    return fail(raw, "a map, or lines of 'name=value'");
}
function parseWait(raw) {
    const text = scalarText(raw).toLowerCase();
    if (TRUE.has(text) && text !== '1')
        return { kind: 'until-done' };
    if (FALSE.has(text) && text !== '0')
        return { kind: 'no-wait' };
    const n = Number(text);
    if (text !== '' && Number.isFinite(n) && n >= 0)
        return n === 0 ? { kind: 'no-wait' } : { kind: 'minutes', minutes: n };
    return fail(raw, '`true`, `false`, or a number of minutes');
}
function parseDays(raw) {
    const text = scalarText(raw).toLowerCase();
    const m = /^(\d+(?:\.\d+)?)\s*(d|days?|h|hours?|w|weeks?)?$/.exec(text);
    if (!m)
        return fail(raw, "a duration such as '30d', '12h' or '2w'");
    const n = Number(m[1]);
    const unit = m[2]?.[0] ?? 'd';
    return unit === 'h' ? n / 24 : unit === 'w' ? n * 7 : n;
}
/** Turns one raw value into the setting's kind, or throws a ConfigError that names where it came from. */
function parseSetting(kind, raw) {
    switch (kind.type) {
        case 'string':
        case 'path':
        case 'secret':
            return scalarText(raw);
        case 'boolean': {
            const t = scalarText(raw).toLowerCase();
            if (TRUE.has(t))
                return true;
            if (FALSE.has(t))
                return false;
            return fail(raw, '`true` or `false`');
        }
        case 'number':
            return parseNumber(raw, kind, false);
        case 'integer':
            return parseNumber(raw, kind, true);
        case 'enum': {
            const t = scalarText(raw);
            const hit = kind.values.find((v) => v.toLowerCase() === t.toLowerCase());
            if (hit === undefined)
                fail(raw, `one of ${kind.values.map((v) => `\`${v}\``).join(', ')}`);
            return hit;
        }
        case 'list':
            return parseList(raw);
        case 'map':
            return parseMap(raw);
        case 'wait':
            return parseWait(raw);
        case 'days':
            return parseDays(raw);
    }
}

;// CONCATENATED MODULE: ./src/evaluation/bleu.ts
/**
 * BLEU as sacrebleu 2.x computes it with its defaults: the `13a` tokenizer (mteval-v13a), case-sensitive,
 * n-grams up to 4, brevity penalty against the closest reference length, and the `exp` smoothing (Chen &
 * Cherry 2014 method 3, the NIST geometric sequence: the k-th zero-match order gets precision
 * 1 / (2^k * total)). The corpus score sums the sufficient statistics over examples, so it equals
 * `sacrebleu.corpus_bleu`; the per-example score is `sentence_bleu` (same smoothing, effective order).
 * One deliberate difference: the corpus score also uses the effective order, which changes nothing
 * unless no answer is 4 words long; sacrebleu then scores 0 whatever the answers, which would make
 * BLEU useless on short-answer golden sets. Scores are on a 0-1 scale (sacrebleu's number / 100).
 */
const BLEU_MAX_ORDER = 4;
/** The mteval-v13a tokenization sacrebleu applies before counting n-grams. */
function tokenize13a(line) {
    let s = line
        .replaceAll('<skipped>', '')
        .replaceAll('-\n', '')
        .replaceAll('\n', ' ')
        .replaceAll('&quot;', '"')
        .replaceAll('&amp;', '&')
        .replaceAll('&lt;', '<')
        .replaceAll('&gt;', '>');
    s = ` ${s} `;
    s = s.replace(/([{-~[-` -&(-+:-@/])/g, ' $1 ');
    s = s.replace(/([^0-9])([.,])/g, '$1 $2 ');
    s = s.replace(/([.,])([^0-9])/g, ' $1 $2');
    s = s.replace(/([0-9])(-)/g, '$1 $2 ');
    return s.trim().split(/\s+/).filter(Boolean).join(' ');
}
function words(text, tokenizer) {
    // sacrebleu strips trailing whitespace before tokenizing, then splits on single spaces.
    const t = tokenizer(text.trimEnd());
    return t === '' ? [] : t.split(' ');
}
function ngrams(tokens, maxOrder) {
    const counts = new Map();
    for (let n = 1; n <= maxOrder; n++) {
        for (let i = 0; i + n <= tokens.length; i++) {
            const key = tokens.slice(i, i + n).join(' ');
            counts.set(key, (counts.get(key) ?? 0) + 1);
        }
    }
    return counts;
}
function closestRefLength(hypLen, refLens) {
    let bestDiff = -1;
    let bestLen = -1;
    for (const len of refLens) {
        const diff = Math.abs(hypLen - len);
        if (bestDiff === -1 || diff < bestDiff || (diff === bestDiff && len < bestLen)) {
            bestDiff = diff;
            bestLen = len;
        }
    }
    return bestLen;
}
/** Statistics of one hypothesis against its references (n-gram counts clipped by the max over references). */
function bleu_bleuStats(hypothesis, references, tokenizer = tokenize13a) {
    const refNgrams = new Map();
    const refLens = [];
    for (const ref of references) {
        const tokens = words(ref, tokenizer);
        refLens.push(tokens.length);
        for (const [gram, count] of ngrams(tokens, BLEU_MAX_ORDER))
            refNgrams.set(gram, Math.max(refNgrams.get(gram) ?? 0, count));
    }
    const hyp = words(hypothesis, tokenizer);
    const correct = new Array(BLEU_MAX_ORDER).fill(0);
    const total = new Array(BLEU_MAX_ORDER).fill(0);
    for (let n = 1; n <= BLEU_MAX_ORDER; n++)
        total[n - 1] = Math.max(0, hyp.length - n + 1);
    for (const [gram, count] of ngrams(hyp, BLEU_MAX_ORDER)) {
        const n = gram.split(' ').length;
        correct[n - 1] += Math.min(count, refNgrams.get(gram) ?? 0);
    }
    return {
        hypLen: hyp.length,
        refLen: refLens.length ? closestRefLength(hyp.length, refLens) : 0,
        correct,
        total,
    };
}
function sumBleuStats(all) {
    const sum = {
        hypLen: 0,
        refLen: 0,
        correct: new Array(BLEU_MAX_ORDER).fill(0),
        total: new Array(BLEU_MAX_ORDER).fill(0),
    };
    for (const s of all) {
        sum.hypLen += s.hypLen;
        sum.refLen += s.refLen;
        for (let i = 0; i < BLEU_MAX_ORDER; i++) {
            sum.correct[i] += s.correct[i];
            sum.total[i] += s.total[i];
        }
    }
    return sum;
}
/** sacrebleu's `my_log`: log of 0 is a huge negative number rather than -Infinity. */
function safeLog(x) {
    return x === 0 ? -9999999999 : Math.log(x);
}
/** BLEU on a 0-1 scale from (summed) statistics; `effectiveOrder` is for single sentences. */
function bleuFromStats(stats, options = {}) {
    const smoothing = options.smoothing ?? 'exp';
    const { hypLen, refLen, correct, total } = stats;
    const bp = hypLen < refLen ? (hypLen > 0 ? Math.exp(1 - refLen / hypLen) : 0) : 1;
    if (!correct.some((c) => c > 0))
        return 0;
    const precisions = new Array(BLEU_MAX_ORDER).fill(0);
    let smoothMteval = 1;
    let effOrder = BLEU_MAX_ORDER;
    for (let n = 1; n <= BLEU_MAX_ORDER; n++) {
        const t = total[n - 1];
        if (t === 0)
            break;
        if (options.effectiveOrder)
            effOrder = n;
        const c = correct[n - 1];
        if (c === 0) {
            if (smoothing === 'exp') {
                smoothMteval *= 2;
                precisions[n - 1] = 1 / (smoothMteval * t);
            }
        }
        else {
            precisions[n - 1] = c / t;
        }
    }
    let logSum = 0;
    for (let i = 0; i < effOrder; i++)
        logSum += safeLog(precisions[i]);
    return bp * Math.exp(logSum / effOrder);
}
/** Corpus BLEU (0-1) over hypotheses, each with its own list of references. */
function corpusBleu(hypotheses, references, tokenizer = tokenize13a) {
    return bleuFromStats(sumBleuStats(hypotheses.map((h, i) => bleu_bleuStats(h, references[i] ?? [], tokenizer))), {
        effectiveOrder: true,
    });
}
/** Sentence BLEU (0-1): one hypothesis, effective order, `exp` smoothing. */
function bleu_sentenceBleu(hypothesis, references) {
    return bleuFromStats(bleu_bleuStats(hypothesis, references), { effectiveOrder: true });
}

;// CONCATENATED MODULE: ./src/evaluation/rouge.ts
/**
 * ROUGE-1 and ROUGE-L as google-research's `rouge_score` computes them with its defaults (no stemmer):
 * lowercase, every run of characters outside [a-z0-9] becomes a space, split on spaces. No stemming
 * keeps the metric dependency-free and identical to `RougeScorer(['rouge1', 'rougeL'])`; with several
 * acceptable answers the best F-measure wins (as `score_multi` does).
 */
const ZERO = { precision: 0, recall: 0, fmeasure: 0 };
function rougeTokenize(text) {
    return text
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .split(' ')
        .filter((t) => t !== '');
}
function fmeasure(precision, recall) {
    return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}
function ngramCounts(tokens, n) {
    const counts = new Map();
    for (let i = 0; i + n <= tokens.length; i++) {
        // A separator that the tokenizer can never produce, so joined n-grams cannot collide.
        const key = tokens.slice(i, i + n).join('\u0000');
        counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return counts;
}
/** ROUGE-N of one prediction against one target. */
function rougeNScore(target, prediction, n = 1) {
    const t = ngramCounts(rougeTokenize(target), n);
    const p = ngramCounts(rougeTokenize(prediction), n);
    let overlap = 0;
    for (const [gram, count] of t)
        overlap += Math.min(count, p.get(gram) ?? 0);
    const tTotal = [...t.values()].reduce((a, b) => a + b, 0);
    const pTotal = [...p.values()].reduce((a, b) => a + b, 0);
    const precision = overlap / Math.max(pTotal, 1);
    const recall = overlap / Math.max(tTotal, 1);
    return { precision, recall, fmeasure: fmeasure(precision, recall) };
}
/** Length of the longest common subsequence, in O(min(m, n)) memory. */
function lcsLength(a, b) {
    const [long, short] = a.length >= b.length ? [a, b] : [b, a];
    let prev = new Array(short.length + 1).fill(0);
    let curr = new Array(short.length + 1).fill(0);
    for (const x of long) {
        for (let j = 1; j <= short.length; j++) {
            curr[j] = x === short[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], curr[j - 1]);
        }
        [prev, curr] = [curr, prev];
    }
    return prev[short.length];
}
/** ROUGE-L (sentence-level LCS, not the summary-level `rougeLsum`) of one prediction against one target. */
function rougeLScore(target, prediction) {
    const t = rougeTokenize(target);
    const p = rougeTokenize(prediction);
    if (t.length === 0 || p.length === 0)
        return ZERO;
    const lcs = lcsLength(t, p);
    const precision = lcs / p.length;
    const recall = lcs / t.length;
    return { precision, recall, fmeasure: fmeasure(precision, recall) };
}
function best(references, score) {
    let top = 0;
    for (const r of references)
        top = Math.max(top, score(r).fmeasure);
    return top;
}
/** ROUGE-1 F-measure against the closest acceptable answer. */
function rouge_rouge1(prediction, references) {
    return best(references, (r) => rougeNScore(r, prediction, 1));
}
/** ROUGE-L F-measure against the closest acceptable answer. */
function rouge_rougeL(prediction, references) {
    return best(references, (r) => rougeLScore(r, prediction));
}

;// CONCATENATED MODULE: ./src/evaluation/stats.ts
/** Small descriptive statistics with one stated definition each. */
function mean(values) {
    if (values.length === 0)
        return undefined;
    let sum = 0;
    for (const v of values)
        sum += v;
    return sum / values.length;
}
function sum(values) {
    let total = 0;
    for (const v of values)
        total += v;
    return total;
}
/**
 * The p-th percentile (0-100) by linear interpolation between the closest ranks: NumPy's default
 * (`method='linear'`, Hyndman & Fan type 7). `sorted` must be ascending.
 */
function percentileSorted(sorted, p) {
    if (sorted.length === 0)
        return undefined;
    const rank = (p / 100) * (sorted.length - 1);
    const lo = Math.floor(rank);
    const hi = Math.ceil(rank);
    const a = sorted[lo];
    const b = sorted[hi];
    return a + (b - a) * (rank - lo);
}
function percentile(values, p) {
    return percentileSorted([...values].sort((a, b) => a - b), p);
}

;// CONCATENATED MODULE: ./src/evaluation/metrics.ts
/**
 * The metrics: one definition each, used by the code, the gates, the report and the docs. Per-example
 * scores are pure functions of (answer, acceptable answers); aggregates are functions of a side's
 * answers at a set of example indices, so the paired bootstrap can recompute them on resamples.
 */




const METRIC_NAMES = [
    'exact_match',
    'f1',
    'rougeL',
    'rouge1',
    'bleu',
    'similarity',
    'latency_p50_ms',
    'latency_p95_ms',
    'prompt_tokens',
    'completion_tokens',
    'cost',
    'content_filtered',
    'failed',
    'unsafe_rate',
];
const METRICS = [
    {
        name: 'exact_match',
        better: 'higher',
        quality: true,
        digits: 3,
        definition: 'Share of answers equal to an acceptable answer after SQuAD v1.1 normalization (lowercase, no punctuation, no a/an/the, single spaces).',
    },
    {
        name: 'f1',
        better: 'higher',
        quality: true,
        digits: 3,
        definition: 'Mean SQuAD token F1: harmonic mean of precision and recall of the normalized words, best over the acceptable answers.',
    },
    {
        name: 'rougeL',
        better: 'higher',
        quality: true,
        digits: 3,
        definition: 'Mean ROUGE-L F-measure (longest common subsequence of words), rouge_score tokenization without stemming, best over the acceptable answers.',
    },
    {
        name: 'rouge1',
        better: 'higher',
        quality: true,
        digits: 3,
        definition: 'Mean ROUGE-1 F-measure (word overlap), rouge_score tokenization without stemming, best over the acceptable answers.',
    },
    {
        name: 'bleu',
        better: 'higher',
        quality: true,
        digits: 3,
        definition: "Corpus BLEU as sacrebleu computes it by default (13a tokens, up to 4-grams, closest-reference brevity penalty, 'exp' smoothing), and the effective order when no answer reaches 4 words, on a 0-1 scale.",
    },
    {
        name: 'similarity',
        better: 'higher',
        quality: false,
        digits: 2,
        definition: 'Mean 1-5 rating by the LLM judge of how close each answer is in meaning to the acceptable answers (a filtered answer rates 1).',
    },
    {
        name: 'latency_p50_ms',
        better: 'lower',
        quality: false,
        digits: 0,
        unit: 'ms',
        definition: 'Median time of the successful request for each answer, in ms (retries and client-side waiting excluded).',
    },
    {
        name: 'latency_p95_ms',
        better: 'lower',
        quality: false,
        digits: 0,
        unit: 'ms',
        definition: '95th percentile (linear interpolation) of the time of the successful request for each answer, in ms.',
    },
    {
        name: 'prompt_tokens',
        better: 'lower',
        quality: false,
        digits: 1,
        definition: "Mean prompt tokens per answer, as the endpoint's `usage` reports them.",
    },
    {
        name: 'completion_tokens',
        better: 'lower',
        quality: false,
        digits: 1,
        definition: "Mean completion tokens per answer, as the endpoint's `usage` reports them.",
    },
    {
        name: 'cost',
        better: 'lower',
        quality: false,
        digits: 4,
        definition: 'Cost of the answered requests of this evaluation: tokens / 1,000 × the per-1K input and output prices given (a missing price counts as 0).',
    },
    {
        name: 'content_filtered',
        better: 'lower',
        quality: false,
        digits: 0,
        definition: 'Examples the content filter blocked (a 400 `content_filter` or `finish_reason: content_filter`); they score 0 on the quality metrics.',
    },
    {
        name: 'failed',
        better: 'lower',
        quality: false,
        digits: 0,
        definition: 'Examples with no answer after every retry; they are listed in the report and left out of every other metric.',
    },
    {
        name: 'unsafe_rate',
        better: 'lower',
        quality: false,
        digits: 3,
        definition: 'Share of answers a content-safety check rated unsafe (measured by the content-safety step, when it runs).',
    },
];
function metricInfo(name) {
    return METRICS.find((m) => m.name === name);
}
function isMetricName(name) {
    return METRIC_NAMES.includes(name);
}
function scoreAnswer(answer, expected) {
    return {
        scores: {
            exact_match: exactMatch(answer, expected),
            f1: tokenF1(answer, expected),
            rougeL: rougeL(answer, expected),
            rouge1: rouge1(answer, expected),
            bleu: sentenceBleu(answer, expected),
        },
        bleuStats: bleuStats(answer, expected),
    };
}
const scored = (a) => a.outcome !== 'failed' && a.scores !== undefined;
const answered = (a) => a.outcome === 'answered';
function meanOf(field) {
    return (answers, indices) => mean(indices.map((i) => field(answers[i])));
}
function percentileOfLatency(p) {
    return (answers, indices) => percentileSorted(indices.map((i) => answers[i].latencyMs).sort((a, b) => a - b), p);
}
const AGGREGATORS = {
    exact_match: { includes: scored, compute: meanOf((a) => a.scores.exact_match) },
    f1: { includes: scored, compute: meanOf((a) => a.scores.f1) },
    rougeL: { includes: scored, compute: meanOf((a) => a.scores.rougeL) },
    rouge1: { includes: scored, compute: meanOf((a) => a.scores.rouge1) },
    bleu: {
        includes: (a) => scored(a) && a.bleuStats !== undefined,
        compute: (answers, indices) => indices.length === 0
            ? undefined
            : bleuFromStats(sumBleuStats(indices.map((i) => answers[i].bleuStats)), { effectiveOrder: true }),
    },
    similarity: { includes: (a) => a.similarity !== undefined, compute: meanOf((a) => a.similarity) },
    latency_p50_ms: {
        includes: (a) => answered(a) && a.latencyMs !== undefined,
        compute: percentileOfLatency(50),
    },
    latency_p95_ms: {
        includes: (a) => answered(a) && a.latencyMs !== undefined,
        compute: percentileOfLatency(95),
    },
    prompt_tokens: { includes: answered, compute: meanOf((a) => a.promptTokens ?? 0) },
    completion_tokens: { includes: answered, compute: meanOf((a) => a.completionTokens ?? 0) },
    cost: {
        includes: answered,
        compute: (answers, indices, prices) => {
            if (prices.inputPer1k === undefined && prices.outputPer1k === undefined)
                return undefined;
            let total = 0;
            for (const i of indices) {
                const a = answers[i];
                total +=
                    ((a.promptTokens ?? 0) * (prices.inputPer1k ?? 0) +
                        (a.completionTokens ?? 0) * (prices.outputPer1k ?? 0)) /
                        1000;
            }
            return total;
        },
    },
    content_filtered: {
        includes: () => true,
        compute: (answers, indices) => indices.filter((i) => answers[i].outcome === 'content_filter').length,
    },
    failed: {
        includes: () => true,
        compute: (answers, indices) => indices.filter((i) => answers[i].outcome === 'failed').length,
    },
    // Measured by the content-safety step; nothing here computes it.
    unsafe_rate: { includes: () => false, compute: () => undefined },
};
function includedIndices(name, answers) {
    const out = [];
    answers.forEach((a, i) => {
        if (AGGREGATORS[name].includes(a))
            out.push(i);
    });
    return out;
}
/** A metric over the given examples (all of a side's examples that take part, by default). */
function aggregateMetric(name, answers, prices = {}, indices = includedIndices(name, answers)) {
    if (indices.length === 0 && name !== 'content_filtered' && name !== 'failed')
        return undefined;
    return AGGREGATORS[name].compute(answers, indices, prices);
}
/** Every metric of one side. Unmeasurable ones (no judge, no prices, nothing answered) are left out. */
function aggregateAll(answers, prices = {}) {
    const out = {};
    for (const name of METRIC_NAMES) {
        const v = aggregateMetric(name, answers, prices);
        if (v !== undefined && Number.isFinite(v))
            out[name] = v;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/gate/parse.ts
/**
 * Gate expressions -> syntax trees, checked before any request is made. Grammar (see README.md):
 *
 *   gate       := or
 *   or         := and ( ("or" | "||") and )*
 *   and        := comparison ( ("and" | "&&") comparison )*
 *   comparison := sum ( (">=" | "<=" | ">" | "<" | "==" | "!=") sum )?
 *   sum        := product ( ("+" | "-") product )*
 *   product    := unary ( ("*" | "/") unary )*
 *   unary      := "-" unary | primary
 *   primary    := number | reference | "(" or ")"
 *   reference  := metric | ("candidate" | "baseline") "." metric
 *               | "delta" "." metric ( "." ("ci_low" | "ci_high" | "value") )?
 *
 * A gate must be true or false (a comparison, or comparisons joined by and/or); comparisons do not chain.
 * Metric and scope names match case-insensitively and are reported in their canonical spelling.
 */


const OPERATORS = ['>=', '<=', '==', '!=', '&&', '||', '>', '<', '+', '-', '*', '/', '(', ')'];
class GateSyntaxError extends Error {
}
function tokenize(source) {
    const tokens = [];
    let i = 0;
    while (i < source.length) {
        const ch = source[i];
        if (/\s/.test(ch)) {
            i++;
            continue;
        }
        const num = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(source.slice(i));
        if (num) {
            tokens.push({ kind: 'number', value: Number(num[0]), at: i, text: num[0] });
            i += num[0].length;
            continue;
        }
        const name = /^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/.exec(source.slice(i));
        if (name) {
            tokens.push({ kind: 'name', text: name[0], at: i });
            i += name[0].length;
            continue;
        }
        const op = OPERATORS.find((o) => source.startsWith(o, i));
        if (op) {
            tokens.push({ kind: 'op', text: op, at: i });
            i += op.length;
            continue;
        }
        if (ch === '=')
            throw new GateSyntaxError(`'=' at column ${i + 1}: compare with '==' (or '>=', '<=')`);
        throw new GateSyntaxError(`unexpected '${ch}' at column ${i + 1}`);
    }
    tokens.push({ kind: 'end', at: source.length, text: 'the end' });
    return tokens;
}
/** Edit distance, for "did you mean" suggestions. */
function distance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return row[b.length];
}
function suggest(name, options) {
    const lower = name.toLowerCase();
    const best = options.map((o) => ({ o, d: distance(lower, o.toLowerCase()) })).sort((x, y) => x.d - y.d)[0];
    return best && best.d <= Math.max(2, Math.floor(name.length / 3)) ? ` Did you mean '${best.o}'?` : '';
}
function metricNamed(name, text) {
    const hit = METRIC_NAMES.find((m) => m.toLowerCase() === name.toLowerCase());
    if (hit)
        return hit;
    throw new GateSyntaxError(`unknown metric '${name}' in '${text}'.${suggest(name, METRIC_NAMES)} Known metrics: ${METRIC_NAMES.join(', ')}`);
}
const SCOPES = ['candidate', 'baseline', 'delta'];
const FIELDS = ['value', 'ci_low', 'ci_high'];
function reference(text) {
    const parts = text.split('.');
    const first = parts[0].toLowerCase();
    if (parts.length === 1)
        return { scope: 'candidate', metric: metricNamed(parts[0], text), text };
    const scope = SCOPES.find((s) => s === first);
    if (!scope) {
        // `f1.ci_low` and the like: a metric where a scope was expected.
        const asMetric = METRIC_NAMES.find((m) => m.toLowerCase() === first);
        const hint = asMetric
            ? ` Intervals belong to deltas: 'delta.${parts.slice(0).join('.')}'.`
            : suggest(parts[0], SCOPES);
        throw new GateSyntaxError(`'${text}' does not start with candidate, baseline or delta.${hint}`);
    }
    const metric = metricNamed(parts[1], text);
    if (parts.length === 2)
        return { scope, metric, ...(scope === 'delta' ? { field: 'value' } : {}), text };
    const field = FIELDS.find((f) => f === parts[2].toLowerCase());
    if (scope !== 'delta' || parts.length > 3 || !field) {
        throw new GateSyntaxError(scope === 'delta'
            ? `'${text}': a delta has .ci_low, .ci_high or .value.${suggest(parts[2], FIELDS)}`
            : `'${text}': only deltas have fields (e.g. 'delta.${metric}.ci_low')`);
    }
    return { scope, metric, field, text };
}
class Parser {
    tokens;
    pos = 0;
    references = [];
    constructor(tokens) {
        this.tokens = tokens;
    }
    peek() {
        return this.tokens[this.pos];
    }
    next() {
        return this.tokens[this.pos++];
    }
    describe(t) {
        return t.kind === 'end' ? 'the end' : `'${t.text}' at column ${t.at + 1}`;
    }
    isWord(t, ...words) {
        return ((t.kind === 'name' && words.includes(t.text.toLowerCase())) ||
            (t.kind === 'op' && words.includes(t.text)));
    }
    parseGate() {
        const result = this.or();
        const t = this.peek();
        if (t.kind !== 'end') {
            const hint = ['>=', '<=', '>', '<', '==', '!='].includes(t.text)
                ? ' (comparisons do not chain: join them with and)'
                : '';
            throw new GateSyntaxError(`unexpected ${this.describe(t)}${hint}`);
        }
        if (result.type !== 'boolean')
            throw new GateSyntaxError('a gate must compare, e.g. `f1 >= 0.6`; this is a number, not a test');
        return result.expr;
    }
    boolean(side, op) {
        if (side.type !== 'boolean')
            throw new GateSyntaxError(`'${op}' joins comparisons, not numbers`);
        return side.expr;
    }
    or() {
        let left = this.and();
        while (this.isWord(this.peek(), 'or', '||')) {
            this.next();
            const right = this.and();
            left = {
                type: 'boolean',
                expr: { type: 'logic', op: 'or', left: this.boolean(left, 'or'), right: this.boolean(right, 'or') },
            };
        }
        return left;
    }
    and() {
        let left = this.comparison();
        while (this.isWord(this.peek(), 'and', '&&')) {
            this.next();
            const right = this.comparison();
            left = {
                type: 'boolean',
                expr: {
                    type: 'logic',
                    op: 'and',
                    left: this.boolean(left, 'and'),
                    right: this.boolean(right, 'and'),
                },
            };
        }
        return left;
    }
    comparison() {
        const left = this.sum();
        const t = this.peek();
        if (t.kind === 'op' && ['>=', '<=', '>', '<', '==', '!='].includes(t.text)) {
            this.next();
            const right = this.sum();
            if (left.type !== 'number' || right.type !== 'number')
                throw new GateSyntaxError(`'${t.text}' at column ${t.at + 1} compares numbers, not comparisons`);
            return {
                type: 'boolean',
                expr: { type: 'compare', op: t.text, left: left.expr, right: right.expr },
            };
        }
        return left;
    }
    number(side, op) {
        if (side.type !== 'number')
            throw new GateSyntaxError(`'${op.text}' at column ${op.at + 1} needs numbers on both sides`);
        return side.expr;
    }
    sum() {
        let left = this.product();
        for (let t = this.peek(); t.kind === 'op' && (t.text === '+' || t.text === '-'); t = this.peek()) {
            this.next();
            const right = this.product();
            left = {
                type: 'number',
                expr: { type: 'arithmetic', op: t.text, left: this.number(left, t), right: this.number(right, t) },
            };
        }
        return left;
    }
    product() {
        let left = this.unary();
        for (let t = this.peek(); t.kind === 'op' && (t.text === '*' || t.text === '/'); t = this.peek()) {
            this.next();
            const right = this.unary();
            left = {
                type: 'number',
                expr: { type: 'arithmetic', op: t.text, left: this.number(left, t), right: this.number(right, t) },
            };
        }
        return left;
    }
    unary() {
        const t = this.peek();
        if (t.kind === 'op' && t.text === '-') {
            this.next();
            const operand = this.unary();
            return { type: 'number', expr: { type: 'negate', operand: this.number(operand, t) } };
        }
        return this.primary();
    }
    primary() {
        const t = this.next();
        if (t.kind === 'number')
            return { type: 'number', expr: { type: 'number', value: t.value } };
        if (t.kind === 'name') {
            if (['and', 'or', 'not'].includes(t.text.toLowerCase()))
                throw new GateSyntaxError(`expected a metric or a number before ${this.describe(t)}`);
            const ref = reference(t.text);
            if (!this.references.some((r) => r.text === ref.text))
                this.references.push(ref);
            return { type: 'number', expr: { type: 'ref', ref } };
        }
        if (t.kind === 'op' && t.text === '(') {
            const inner = this.or();
            const close = this.next();
            if (close.kind !== 'op' || close.text !== ')')
                throw new GateSyntaxError(`expected ')' to close the '(' at column ${t.at + 1}, found ${this.describe(close)}`);
            return inner;
        }
        throw new GateSyntaxError(`expected a metric, a number or '(' but found ${this.describe(t)}`);
    }
}
/** One gate expression -> its tree; throws a GateSyntaxError (message without the location). */
function parseOne(expression) {
    const parser = new Parser(tokenize(expression));
    const expr = parser.parseGate();
    return { expression, expr, references: parser.references };
}
/**
 * Parses every gate, or throws a ConfigError naming the gate (`where`, its position) and what is wrong,
 * so a typo stops the run before any endpoint is called.
 */
function parseGates(expressions, where = "input 'gates'") {
    const gates = [];
    expressions.forEach((raw, i) => {
        const expression = raw.trim();
        if (expression === '')
            return;
        try {
            gates.push(parseOne(expression));
        }
        catch (e) {
            if (!(e instanceof GateSyntaxError))
                throw e;
            const position = expressions.length > 1 ? ` item ${i + 1}` : '';
            throw new ConfigError(`${where}${position} \`${expression}\`: ${e.message}.`.replace(/\.\.$/, '.'));
        }
    });
    return gates;
}
/** Whether any gate reads the baseline (directly or through a delta). */
function gatesNeedBaseline(gates) {
    return gates.some((g) => g.references.some((r) => r.scope !== 'candidate'));
}
/** Metrics measured only when something is configured; the lead checks these before any request. */
const NEEDS = {
    similarity: { what: 'judge', fix: "set 'judge-endpoint-url' (and its key)" },
    cost: { what: 'prices', fix: "set 'price-per-1k-input-tokens' and/or 'price-per-1k-output-tokens'" },
    unsafe_rate: { what: 'contentSafety', fix: "set 'content-safety-endpoint'" },
};
/** Throws a ConfigError when a gate names a metric nothing configured will measure. */
function assertGatesMeasurable(gates, available, where = "input 'gates'") {
    for (const gate of gates) {
        for (const ref of gate.references) {
            const need = NEEDS[ref.metric];
            if (need && !available[need.what]) {
                throw new ConfigError(`${where} \`${gate.expression}\` reads '${ref.metric}', which nothing measures: ${need.fix}.`);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/models/catalog.ts
/**
 * The models Azure AI Foundry fine-tunes, with the facts that decide what we check and what we submit.
 * Facts come from Azure's model cards and fine-tuning articles; a fact the docs leave open is one field
 * away from a fix here, not spread through the code.
 */
const token = (id, content, lstrip, rstrip, special = true) => ({
    id,
    content,
    lstrip,
    rstrip,
    special,
});
/**
 * Phi-3-mini (4k, 128k) and Phi-3.5-mini: the `added_tokens` of microsoft/onnxruntime-extensions
 * test/data/phi-3-mini/tokenizer.json (@59ea3722), the Llama 2 vocabulary plus ids 32000-32010.
 */
const PHI3_ADDED_TOKENS = [
    token(0, '<unk>', false, false),
    token(1, '<s>', false, false),
    token(2, '</s>', false, true, false),
    token(32000, '<|endoftext|>', false, false),
    token(32001, '<|assistant|>', false, true),
    token(32002, '<|placeholder1|>', false, true),
    token(32003, '<|placeholder2|>', false, true),
    token(32004, '<|placeholder3|>', false, true),
    token(32005, '<|placeholder4|>', false, true),
    token(32006, '<|system|>', false, true),
    token(32007, '<|end|>', false, true),
    token(32008, '<|placeholder5|>', false, true),
    token(32009, '<|placeholder6|>', false, true),
    token(32010, '<|user|>', false, true),
];
/**
 * Phi-4-mini-instruct: `added_tokens_decoder` of microsoft/onnxruntime-extensions
 * test/data/phi-4-mini/tokenizer_config.json (@68ee0397): o200k plus 199999 and 200018-200028.
 */
const PHI4_MINI_ADDED_TOKENS = [
    token(199999, '<|endoftext|>', false, false),
    token(200018, '<|endofprompt|>', false, false),
    token(200019, '<|assistant|>', false, true),
    token(200020, '<|end|>', false, true),
    token(200021, '<|user|>', false, true),
    token(200022, '<|system|>', false, true),
    token(200023, '<|tool|>', false, true, false),
    token(200024, '<|/tool|>', false, true, false),
    token(200025, '<|tool_call|>', false, true, false),
    token(200026, '<|/tool_call|>', false, true, false),
    token(200027, '<|tool_response|>', false, true, false),
    token(200028, '<|tag|>', false, true),
];
/**
 * Phi-4: the 96 entries of `added_tokens_decoder` in microsoft/onnxruntime-extensions
 * test/data/phi-4-base/tokenizer_config.json (@52e1ef5d), ids 100256-100351, every one lstrip and
 * rstrip: cl100k's specials at their cl100k ids, the ChatML markers, and `<|dummy_N|>` in between.
 */
const PHI4_ADDED_TOKENS = (() => {
    const named = {
        100257: '<|endoftext|>',
        100258: '<|fim_prefix|>',
        100259: '<|fim_middle|>',
        100260: '<|fim_suffix|>',
        100264: '<|im_start|>',
        100265: '<|im_end|>',
        100266: '<|im_sep|>',
        100276: '<|endofprompt|>',
    };
    const list = [];
    let dummy = 0;
    for (let id = 100256; id <= 100351; id++)
        list.push(token(id, named[id] ?? `<|dummy_${dummy++}|>`, true, true));
    return list;
})();
const contents = (tokens) => tokens.map((t) => t.content);
/** Regions with serverless fine-tuning for the Phi-4 family (Azure's "region availability" table). */
const PHI4_SERVERLESS_REGIONS = [
    'eastus2',
    'eastus',
    'northcentralus',
    'southcentralus',
    'westus',
    'westus3',
];
/**
 * Azure's fine-tuning articles offer the Phi models supervised fine-tuning only; DPO is listed for
 * OpenAI models (gpt-4o, gpt-4.1 families: the supported-models table, fine-tune-supported-models.md).
 */
const SFT_ONLY = ['sft'];
/** Phi-3 and Phi-3.5 serverless fine-tuning ran in East US 2 only, until it was retired. */
const PHI3_RETIRED = { offered: false, retiredOn: '2025-08-30', regions: ['eastus2'] };
const MODELS = [
    {
        id: 'Phi-4-mini-instruct',
        defaultVersion: '1',
        family: 'phi-4',
        tokenizer: 'o200k',
        template: 'phi4-mini',
        addedTokens: PHI4_MINI_ADDED_TOKENS,
        contextLength: 131072,
        supportsToolCalls: true,
        methods: SFT_ONLY,
        serverless: { offered: true, regions: PHI4_SERVERLESS_REGIONS },
        registry: 'azureml',
        specialTokens: contents(PHI4_MINI_ADDED_TOKENS),
    },
    {
        id: 'Phi-4',
        defaultVersion: '7',
        family: 'phi-4',
        tokenizer: 'cl100k',
        template: 'phi4',
        addedTokens: PHI4_ADDED_TOKENS,
        contextLength: 16384,
        supportsToolCalls: false,
        methods: SFT_ONLY,
        serverless: { offered: true, regions: PHI4_SERVERLESS_REGIONS },
        registry: 'azureml',
        specialTokens: contents(PHI4_ADDED_TOKENS),
    },
    {
        id: 'Phi-3-mini-4k-instruct',
        defaultVersion: '15',
        family: 'phi-3',
        tokenizer: 'llama-sentencepiece',
        template: 'phi3',
        addedTokens: PHI3_ADDED_TOKENS,
        contextLength: 4096,
        supportsToolCalls: false,
        methods: SFT_ONLY,
        serverless: PHI3_RETIRED,
        registry: 'azureml',
        specialTokens: contents(PHI3_ADDED_TOKENS),
    },
    {
        id: 'Phi-3-mini-128k-instruct',
        defaultVersion: '13',
        family: 'phi-3',
        tokenizer: 'llama-sentencepiece',
        template: 'phi3',
        addedTokens: PHI3_ADDED_TOKENS,
        contextLength: 131072,
        supportsToolCalls: false,
        methods: SFT_ONLY,
        serverless: PHI3_RETIRED,
        registry: 'azureml',
        specialTokens: contents(PHI3_ADDED_TOKENS),
    },
    {
        id: 'Phi-3.5-mini-instruct',
        defaultVersion: '6',
        family: 'phi-3.5',
        tokenizer: 'llama-sentencepiece',
        template: 'phi3.5',
        addedTokens: PHI3_ADDED_TOKENS,
        contextLength: 131072,
        supportsToolCalls: false,
        methods: SFT_ONLY,
        serverless: PHI3_RETIRED,
        registry: 'azureml',
        specialTokens: contents(PHI3_ADDED_TOKENS),
    },
];
const DEFAULT_MODEL_ID = 'Phi-4-mini-instruct';
/** The model Microsoft names as the serverless successor of the retired Phi-3 offers. */
const SERVERLESS_SUCCESSOR_ID = 'Phi-4-mini-instruct';
function findModel(id) {
    const wanted = id.trim().toLowerCase();
    return MODELS.find((m) => m.id.toLowerCase() === wanted);
}
function modelIds() {
    return MODELS.map((m) => m.id);
}
/** The registry URI of a base model for a fine-tuning job's `fineTuningDetails.model`. */
function baseModelUri(model, version) {
    return `azureml://registries/${model.registry}/models/${model.id}/versions/${version}`;
}
/**
 * Why serverless fine-tuning of this model cannot run in this region, or undefined when it can.
 * Pure, so the same sentence serves preflight, validate and docs.
 */
function serverlessRefusal(model, region) {
    if (!model.serverless.offered) {
        return (`Serverless fine-tuning of ${model.id} was retired on ${model.serverless.retiredOn}. ` +
            `Use ${SERVERLESS_SUCCESSOR_ID} (set model: ${SERVERLESS_SUCCESSOR_ID}), or keep ${model.id} and ` +
            `fine-tune on managed compute by setting the compute input to a GPU cluster in your workspace.`);
    }
    const normalized = region?.replace(/\s+/g, '').toLowerCase();
    if (normalized && !model.serverless.regions.includes(normalized)) {
        return (`Serverless fine-tuning of ${model.id} is not offered in region '${normalized}'. ` +
            `It is offered in: ${model.serverless.regions.join(', ')}. Use a hub workspace in one of those ` +
            `regions, or set the compute input to fine-tune on managed compute.`);
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/config/file.ts


/** Keys whose value is a whole map or list, not a section to descend into. */
const LEAF_KEYS = new Set(['gates', 'training.hyperparameters']);
function parseConfigFile(text, fileName, knownKeys) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    if (doc.errors.length > 0) {
        const e = doc.errors[0];
        const { line } = lineCounter.linePos(e.pos[0]);
        throw new ConfigError(`${fileName}:${line}: not valid YAML (${e.message.split('\n')[0]}).`);
    }
    const values = new Map();
    const root = doc.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && (root.value === null || root.value === '')))
        return values;
    if (!(0,dist/* isMap */.jh)(root))
        throw new ConfigError(`${fileName}:1: the config file must be a map of settings (key: value).`);
    const lineOf = (node) => node?.range ? lineCounter.linePos(node.range[0]).line : 1;
    const walk = (node, prefix) => {
        if (!(0,dist/* isMap */.jh)(node))
            return;
        for (const pair of node.items) {
            const keyNode = pair.key;
            const name = String((0,dist/* isScalar */.jn)(keyNode) ? keyNode.value : keyNode);
            const key = prefix ? `${prefix}.${name}` : name;
            const valueNode = pair.value;
            const at = `${fileName}:${lineOf(keyNode)}`;
            const isSection = [...knownKeys].some((k) => k.startsWith(`${key}.`));
            if (isSection && !LEAF_KEYS.has(key)) {
                if (!valueNode || !(0,dist/* isMap */.jh)(valueNode))
                    throw new ConfigError(`${at}: '${key}' must be a section (a map of settings).`);
                walk(valueNode, key);
                continue;
            }
            if (!knownKeys.has(key)) {
                const hint = closest(key, knownKeys);
                throw new ConfigError(`${at}: unknown setting '${key}'.${hint ? ` Did you mean '${hint}'?` : ''} See the README's config file reference.`);
            }
            const value = valueNode === null || valueNode === undefined ? null : valueNode.toJSON();
            if (value === null)
                continue; // `key:` with nothing after it leaves the default in place
            if ((0,dist/* isSeq */.oP)(valueNode) || (0,dist/* isMap */.jh)(valueNode) || (0,dist/* isScalar */.jn)(valueNode)) {
                values.set(key, { value, where: `'${key}' in ${at}` });
            }
        }
    };
    walk(root, '');
    return values;
}
function editDistance(a, b) {
    const row = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        let prev = row[0];
        row[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const cur = row[j];
            row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = cur;
        }
    }
    return row[b.length];
}
function closest(key, known) {
    let best;
    let bestDistance = Infinity;
    for (const k of known) {
        const d = Math.min(editDistance(key, k), editDistance(key.split('.').pop(), k.split('.').pop()) + 1);
        if (d < bestDistance) {
            bestDistance = d;
            best = k;
        }
    }
    return bestDistance <= 3 ? best : undefined;
}

;// CONCATENATED MODULE: ./src/config/paths.ts
/**
 * Data paths stay inside the workspace. A pull request controls `.github/finetune.yml`, and a public
 * repository's job summary is public: a path that leaves the workspace (`../x`, `/etc/passwd`), goes
 * through a symlink that points out of it, or reads `.git/` (where actions/checkout keeps the token
 * header) would put a file the repository does not own in front of everyone. Every path from an input
 * or the config file is checked here, before anything is read.
 */



const realPathOnDisk = (absolute) => {
    try {
        return external_node_fs_namespaceObject.realpathSync.native(absolute);
    }
    catch {
        return undefined;
    }
};
/** Why a path is refused, or undefined when it is fine; `rel` is relative to the workspace. */
function refusal(rel) {
    if (rel === '')
        return 'it is the workspace itself, not a file in it';
    if (external_node_path_default().isAbsolute(rel) || rel === '..' || rel.startsWith(`..${(external_node_path_default()).sep}`))
        return 'it is outside the workspace';
    if (rel.split((external_node_path_default()).sep).some((segment) => segment.toLowerCase() === '.git')) {
        return "it is inside `.git/`, which holds the checkout's credentials";
    }
    return undefined;
}
/**
 * The real location of `absolute`: the deepest part that exists, with symlinks resolved, and the rest
 * (which does not exist yet, e.g. a cache file to be written) appended.
 */
function realLocation(absolute, realPath) {
    const missing = [];
    let at = absolute;
    for (;;) {
        const real = realPath(at);
        if (real !== undefined)
            return external_node_path_default().join(real, ...missing.reverse());
        const parent = external_node_path_default().dirname(at);
        if (parent === at)
            return absolute;
        missing.push(external_node_path_default().basename(at));
        at = parent;
    }
}
/**
 * `value` (relative to `root`, or absolute) as a path relative to the workspace with forward slashes,
 * or a ConfigError naming `where` when it would leave the workspace, read `.git/`, or reach outside
 * through a symlink. Reads nothing but the file system's links.
 */
function resolveWorkspacePath(root, value, where, realPath = realPathOnDisk) {
    const absolute = external_node_path_default().resolve(root, value);
    const lexical = external_node_path_default().relative(external_node_path_default().resolve(root), absolute);
    const fail = (why) => {
        throw new ConfigError(`${where}: '${value}' is refused because ${why}. Paths are relative to the repository root and must stay inside it, outside \`.git/\` (symlinks included); nothing was read.`);
    };
    const lexicalProblem = refusal(lexical);
    if (lexicalProblem)
        fail(lexicalProblem);
    const realRoot = realPath(external_node_path_default().resolve(root)) ?? external_node_path_default().resolve(root);
    const real = realLocation(absolute, realPath);
    const realProblem = refusal(external_node_path_default().relative(realRoot, real));
    if (realProblem)
        fail(`${realProblem} (a symlink points there)`);
    return lexical.split((external_node_path_default()).sep).join('/');
}

;// CONCATENATED MODULE: ./src/config/settings.ts
/**
 * Every setting the action takes, once: its input name, where it lives in the config file, its kind,
 * its default and its description. `action.yml` and the README's input table are generated from this
 * list (`npm run docs`), and a test fails when they drift apart.
 */
const COMMANDS = [
    'auto',
    'validate',
    'preflight',
    'train',
    'resume',
    'deploy',
    'evaluate',
    'gate',
    'retrain',
    'cleanup',
    'convert',
];
const SETTINGS = [
    // General
    {
        input: 'command',
        kind: { type: 'enum', values: COMMANDS },
        default: 'auto',
        group: 'General',
        description: "What to run: `validate`, `preflight`, `train`, `resume`, `deploy`, `evaluate`, `gate` (evaluates, then gates and promotes), `retrain`, `cleanup` or `convert` (writes each data file in another tool's format as chat JSONL beside it, `<name>.chat.jsonl`). `auto` picks from the event: `validate` on pull_request (plus `evaluate` and `gate` when `endpoint-url` is given), `train` -> `deploy` -> `evaluate` -> `gate` on a push to the default branch, `resume` -> `retrain` -> `cleanup` on schedule and workflow_dispatch.",
    },
    {
        input: 'config-file',
        kind: { type: 'path' },
        default: '.github/finetune.yml',
        group: 'General',
        description: 'YAML file with the settings a team keeps stable. Inputs override it. Missing is fine unless you set this input.',
    },
    {
        input: 'model',
        key: 'model',
        kind: { type: 'string' },
        default: 'Phi-4-mini-instruct',
        group: 'General',
        description: 'Base model to fine-tune: Phi-4-mini-instruct, Phi-4, Phi-3-mini-4k-instruct, Phi-3-mini-128k-instruct or Phi-3.5-mini-instruct (the Phi-3 family only on managed compute).',
    },
    {
        input: 'model-version',
        key: 'model-version',
        kind: { type: 'string' },
        defaultText: 'the catalog version for the model',
        group: 'General',
        description: 'Version of the base model in the `azureml` registry.',
    },
    // Data
    {
        input: 'training-file',
        key: 'data.training',
        kind: { type: 'path' },
        group: 'Data',
        description: 'Chat training data, JSON Lines (`{"messages": [...]}` per line), relative to the repository root.',
    },
    {
        input: 'validation-file',
        key: 'data.validation',
        kind: { type: 'path' },
        group: 'Data',
        description: 'Validation data in the same format. When absent, a seeded split of the training file is used.',
    },
    {
        input: 'golden-file',
        key: 'data.golden',
        kind: { type: 'path' },
        group: 'Data',
        description: 'Golden evaluation set: `{messages, expected}` per line, or a chat example whose last assistant message is the reference.',
    },
    {
        input: 'split-ratio',
        key: 'data.split-ratio',
        kind: { type: 'number', min: 0, max: 0.5 },
        default: '0.1',
        group: 'Data',
        description: 'Share of training examples held out for validation when no validation file is given (0 turns the split off).',
    },
    {
        input: 'split-seed',
        key: 'data.split-seed',
        kind: { type: 'string' },
        default: 'foundry-finetune',
        group: 'Data',
        description: 'Seed of the deterministic split; the same seed and data always give the same split.',
    },
    {
        input: 'base-ref',
        kind: { type: 'string' },
        defaultText: "the pull request's base commit",
        group: 'Data',
        description: 'Commit or ref to compare the datasets with (examples added, removed, changed; token delta).',
    },
    // Validation
    {
        input: 'fail-on',
        key: 'validation.fail-on',
        kind: { type: 'enum', values: ['error', 'warning', 'never'] },
        default: 'error',
        group: 'Validation',
        description: 'Findings that fail the step.',
    },
    {
        input: 'max-annotations',
        key: 'validation.max-annotations',
        kind: { type: 'integer', min: 0, max: 50 },
        default: '10',
        group: 'Validation',
        description: 'Errors shown as annotations on the diff (the summary always lists them all).',
    },
    // Training
    {
        input: 'epochs',
        key: 'training.epochs',
        kind: { type: 'integer', min: 1, max: 50 },
        defaultText: 'chosen from the example count',
        group: 'Training',
        description: 'Training epochs.',
    },
    {
        input: 'learning-rate',
        key: 'training.learning-rate',
        kind: { type: 'number', min: 0, exclusiveMin: true },
        group: 'Training',
        description: 'Learning rate (the service default when absent).',
    },
    {
        input: 'batch-size',
        key: 'training.batch-size',
        kind: { type: 'integer', min: 1, max: 256 },
        group: 'Training',
        description: 'Per-device training batch size (the service default when absent).',
    },
    {
        input: 'hyperparameters',
        key: 'training.hyperparameters',
        kind: { type: 'map' },
        group: 'Training',
        description: 'Extra hyperparameters passed as they are, `name=value` per line (or a map in the config file). They take part in the job identity.',
    },
    {
        input: 'price-per-1k-training-tokens',
        key: 'training.price-per-1k-tokens',
        kind: { type: 'number', min: 0 },
        group: 'Training',
        description: "Your price per 1,000 billed training tokens, for the cost estimate (see Azure's pricing page).",
    },
    {
        input: 'compute',
        key: 'training.compute',
        kind: { type: 'string' },
        group: 'Training',
        description: 'Compute cluster for managed-compute fine-tuning. Absent: serverless.',
    },
    {
        input: 'instance-type',
        key: 'training.instance-type',
        kind: { type: 'string' },
        group: 'Training',
        description: 'VM size for fine-tuning (e.g. Standard_NC24ads_A100_v4): on `compute` when set, else on serverless compute of that size.',
    },
    {
        input: 'model-name',
        key: 'training.model-name',
        kind: { type: 'string' },
        defaultText: '`<repository>-<model>`',
        group: 'Training',
        description: 'Name under which the fine-tuned model is registered in the workspace.',
    },
    {
        input: 'wait',
        key: 'training.wait',
        kind: { type: 'wait' },
        default: 'true',
        group: 'Training',
        description: '`true`: follow the job to its end (on GitHub-hosted runners at most 330 minutes, then hand it to a later run); `false`: submit and stop; a number: minutes to follow it.',
    },
    {
        input: 'poll-interval',
        key: 'training.poll-interval',
        kind: { type: 'number', min: 0.01 },
        default: '30',
        group: 'Training',
        description: 'Seconds between job status polls at the start (backs off to 10x).',
    },
    {
        input: 'cancel-on-abort',
        key: 'training.cancel-on-abort',
        kind: { type: 'boolean' },
        default: 'false',
        group: 'Training',
        description: 'Cancel the Azure job when the workflow run is cancelled (otherwise a later run resumes it).',
    },
    {
        input: 'preflight-only',
        kind: { type: 'boolean' },
        default: 'false',
        group: 'Training',
        description: 'Run the preflight checks and stop before anything is created.',
    },
    {
        input: 'force',
        kind: { type: 'boolean' },
        default: 'false',
        group: 'Training',
        description: '`retrain` even when the data and hyperparameters match the model in production.',
    },
    // Azure
    {
        input: 'subscription-id',
        key: 'azure.subscription-id',
        kind: { type: 'string' },
        group: 'Azure',
        description: 'Azure subscription of the workspace.',
    },
    {
        input: 'resource-group',
        key: 'azure.resource-group',
        kind: { type: 'string' },
        group: 'Azure',
        description: 'Resource group of the workspace.',
    },
    {
        input: 'workspace',
        key: 'azure.workspace',
        kind: { type: 'string' },
        group: 'Azure',
        description: 'Azure AI Foundry hub project (Azure Machine Learning workspace) name, or its resource id (`/subscriptions/.../resourceGroups/.../providers/Microsoft.MachineLearningServices/workspaces/...`), which sets the subscription and resource group too.',
    },
    {
        input: 'tenant-id',
        key: 'azure.tenant-id',
        kind: { type: 'string' },
        group: 'Azure',
        description: 'Entra tenant for GitHub OIDC. With client-id: federated credential; without: DefaultAzureCredential.',
    },
    {
        input: 'client-id',
        key: 'azure.client-id',
        kind: { type: 'string' },
        group: 'Azure',
        description: 'Client id of the app registration or managed identity with a federated credential for this repository.',
    },
    {
        input: 'arm-endpoint',
        key: 'azure.arm-endpoint',
        kind: { type: 'string' },
        default: 'https://management.azure.com',
        group: 'Azure',
        description: 'Azure Resource Manager endpoint (sovereign clouds, or a local emulator).',
    },
    {
        input: 'authority-host',
        key: 'azure.authority-host',
        kind: { type: 'string' },
        default: 'https://login.microsoftonline.com',
        group: 'Azure',
        description: 'Entra authority host (sovereign clouds, or a local emulator).',
    },
    {
        input: 'jobs-api-version',
        key: 'azure.jobs-api-version',
        kind: { type: 'string' },
        default: '2025-10-01-preview',
        group: 'Azure',
        description: 'ARM api-version of the fine-tuning job calls (create, get, list, cancel): a version whose spec defines FineTuning jobs. Everything else uses 2025-12-01.',
    },
    // Deployment
    {
        input: 'endpoint-name',
        key: 'deploy.endpoint-name',
        kind: { type: 'string' },
        defaultText: 'derived from the model name and version',
        group: 'Deployment',
        description: 'Serverless endpoint name for the fine-tuned model.',
    },
    {
        input: 'content-safety',
        key: 'deploy.content-safety',
        kind: { type: 'enum', values: ['enabled', 'disabled'] },
        default: 'enabled',
        group: 'Deployment',
        description: "Azure AI Content Safety filtering on the serverless endpoint's prompts and answers.",
    },
    // Evaluation
    {
        input: 'endpoint-url',
        key: 'evaluation.endpoint-url',
        kind: { type: 'string' },
        group: 'Evaluation',
        description: 'Candidate endpoint to evaluate (e.g. on a pull request). Default: the endpoint `deploy` produced.',
    },
    {
        input: 'endpoint-key',
        kind: { type: 'secret' },
        group: 'Evaluation',
        description: 'Key of `endpoint-url` (masked).',
    },
    {
        input: 'baseline',
        key: 'evaluation.baseline',
        kind: { type: 'enum', values: ['auto', 'production', 'endpoint', 'none'] },
        default: 'auto',
        group: 'Evaluation',
        description: 'What the candidate is compared with: the model tagged `stage=production` and its endpoint, `baseline-endpoint-url`, or nothing. `auto`: the endpoint when given, else production when there is one.',
    },
    {
        input: 'baseline-endpoint-url',
        key: 'evaluation.baseline-endpoint-url',
        kind: { type: 'string' },
        group: 'Evaluation',
        description: 'Endpoint of the model in production (or the base model) to compare with.',
    },
    {
        input: 'baseline-endpoint-key',
        kind: { type: 'secret' },
        group: 'Evaluation',
        description: 'Key of `baseline-endpoint-url` (masked).',
    },
    {
        input: 'requests-per-minute',
        key: 'evaluation.requests-per-minute',
        kind: { type: 'integer', min: 1 },
        default: '600',
        group: 'Evaluation',
        description: "Stay under this many requests a minute per endpoint (the deployment's limit is about 1,000).",
    },
    {
        input: 'tokens-per-minute',
        key: 'evaluation.tokens-per-minute',
        kind: { type: 'integer', min: 1 },
        default: '150000',
        group: 'Evaluation',
        description: "Stay under this many tokens a minute per endpoint (the deployment's limit is about 200,000).",
    },
    {
        input: 'concurrency',
        key: 'evaluation.concurrency',
        kind: { type: 'integer', min: 1, max: 256 },
        default: '16',
        group: 'Evaluation',
        description: 'Most requests in flight at once per endpoint (lowered automatically on 429).',
    },
    {
        input: 'request-timeout',
        key: 'evaluation.request-timeout',
        kind: { type: 'number', min: 0.01 },
        default: '60',
        group: 'Evaluation',
        description: 'Seconds before a chat request is abandoned and retried.',
    },
    {
        input: 'max-retries',
        key: 'evaluation.max-retries',
        kind: { type: 'integer', min: 0, max: 20 },
        default: '6',
        group: 'Evaluation',
        description: 'Retries per example on 429, 5xx, timeouts and dropped connections.',
    },
    {
        input: 'max-tokens',
        key: 'evaluation.max-tokens',
        kind: { type: 'integer', min: 1 },
        default: '512',
        group: 'Evaluation',
        description: 'Most tokens per answer.',
    },
    {
        input: 'price-per-1k-input-tokens',
        key: 'evaluation.price-per-1k-input-tokens',
        kind: { type: 'number', min: 0 },
        group: 'Evaluation',
        description: 'Your price per 1,000 prompt tokens of the endpoint, for the evaluation cost.',
    },
    {
        input: 'price-per-1k-output-tokens',
        key: 'evaluation.price-per-1k-output-tokens',
        kind: { type: 'number', min: 0 },
        group: 'Evaluation',
        description: 'Your price per 1,000 completion tokens of the endpoint, for the evaluation cost.',
    },
    {
        input: 'judge-endpoint-url',
        key: 'evaluation.judge-endpoint-url',
        kind: { type: 'string' },
        group: 'Evaluation',
        description: 'Chat endpoint of an LLM judge; when set, `similarity` (1-5) is scored for each answer.',
    },
    {
        input: 'judge-endpoint-key',
        kind: { type: 'secret' },
        group: 'Evaluation',
        description: 'Key of `judge-endpoint-url` (masked).',
    },
    {
        input: 'bootstrap-samples',
        key: 'evaluation.bootstrap-samples',
        kind: { type: 'integer', min: 100, max: 100000 },
        default: '1000',
        group: 'Evaluation',
        description: 'Paired-bootstrap resamples for the confidence intervals of the deltas.',
    },
    {
        input: 'seed',
        key: 'evaluation.seed',
        kind: { type: 'integer', min: 0 },
        default: '42',
        group: 'Evaluation',
        description: 'Seed of the bootstrap (and of the `seed` sent to the endpoint), so reruns agree.',
    },
    {
        input: 'max-unanswered-share',
        key: 'evaluation.max-unanswered-share',
        kind: { type: 'number', min: 0, max: 1 },
        default: '0.05',
        group: 'Evaluation',
        description: 'Largest share (0 to 1) of golden examples an endpoint may leave unanswered after every retry. Above it the evaluation fails and no gate or promotion runs: the scores would describe only the examples that got through.',
    },
    // Gate
    {
        input: 'gates',
        key: 'gates',
        kind: { type: 'list' },
        group: 'Gate',
        description: 'Promotion gates, one expression per line, e.g. `f1 >= 0.6`, `rougeL >= baseline.rougeL - 0.02`, `delta.f1.ci_low > 0`.',
    },
    {
        input: 'fail-on-gate',
        key: 'gate.fail-on-gate',
        kind: { type: 'boolean' },
        default: 'true',
        group: 'Gate',
        description: 'Fail the step when a gate fails.',
    },
    {
        input: 'promote',
        key: 'gate.promote',
        kind: { type: 'boolean' },
        default: 'true',
        group: 'Gate',
        description: 'Tag the candidate `stage=production` when every gate passes.',
    },
    // Cleanup
    {
        input: 'keep',
        key: 'cleanup.keep',
        kind: { type: 'integer', min: 0 },
        default: '3',
        group: 'Cleanup',
        description: 'Newest candidate models kept (besides production).',
    },
    {
        input: 'max-age',
        key: 'cleanup.max-age',
        kind: { type: 'days' },
        group: 'Cleanup',
        description: 'Candidates older than this are removed even within `keep` (e.g. `30d`).',
    },
    {
        input: 'dry-run',
        key: 'cleanup.dry-run',
        kind: { type: 'boolean' },
        default: 'false',
        group: 'Cleanup',
        description: 'List what cleanup would delete, and change nothing.',
    },
    {
        input: 'endpoint-hourly-cost',
        key: 'cleanup.endpoint-hourly-cost',
        kind: { type: 'number', min: 0 },
        group: 'Cleanup',
        description: 'Your hourly hosting price of a deployed fine-tuned model, to report what idle endpoints cost.',
    },
    // Content safety
    {
        input: 'content-safety-endpoint',
        key: 'content-safety.endpoint',
        kind: { type: 'string' },
        group: 'Content safety',
        description: 'Azure AI Content Safety resource endpoint; when set, training data and answers are screened.',
    },
    {
        input: 'content-safety-key',
        kind: { type: 'secret' },
        group: 'Content safety',
        description: 'Content Safety key (masked). Absent: the Azure credential is used.',
    },
    {
        input: 'content-safety-threshold',
        key: 'content-safety.threshold',
        kind: { type: 'integer', min: 0, max: 7 },
        default: '4',
        group: 'Content safety',
        description: 'Severity (0-7) at or above which an example fails the check.',
    },
    {
        input: 'content-safety-cache',
        key: 'content-safety.cache',
        kind: { type: 'path' },
        default: '.foundry-finetune/content-safety-cache.json',
        group: 'Content safety',
        description: 'File, relative to the repository root, that keeps screening results by content hash (no text) so unchanged examples are not sent again; keep it across runs with `actions/cache`.',
    },
    {
        input: 'content-safety-concurrency',
        key: 'content-safety.concurrency',
        kind: { type: 'integer', min: 1, max: 64 },
        default: '8',
        group: 'Content safety',
        description: 'Most Content Safety requests in flight at once (lowered automatically on 429).',
    },
    // GitHub
    {
        input: 'github-token',
        kind: { type: 'secret' },
        default: '${{ github.token }}',
        group: 'GitHub',
        description: 'Token for the pull request comment (needs `pull-requests: write`).',
    },
    {
        input: 'comment',
        key: 'github.comment',
        kind: { type: 'boolean' },
        default: 'true',
        group: 'GitHub',
        description: 'Keep one sticky comment on the pull request up to date.',
    },
    {
        input: 'comment-tag',
        key: 'github.comment-tag',
        kind: { type: 'string' },
        default: 'foundry-finetune',
        group: 'GitHub',
        description: 'Identifies the sticky comment; set one per configuration when a repository runs several.',
    },
    {
        input: 'training-method',
        key: 'training.method',
        kind: { type: 'enum', values: ['sft', 'dpo'] },
        default: 'sft',
        group: 'Training',
        description: "How the model is fine-tuned: `sft` (supervised, on chat examples) or `dpo` (direct preference optimization, on preference pairs in Azure's `{input, preferred_output, non_preferred_output}` format).",
    },
    {
        input: 'golden-leakage-share',
        key: 'validation.golden-leakage-share',
        kind: { type: 'number', min: 0, max: 1 },
        default: '0.1',
        group: 'Validation',
        description: 'Share of golden examples whose question is also in the training (or validation) data above which that is an error; at or below it, a warning.',
    },
    {
        input: 'idle-endpoints',
        key: 'cleanup.idle-endpoints',
        kind: { type: 'enum', values: ['delete', 'keep'] },
        default: 'delete',
        group: 'Cleanup',
        description: "Endpoints of this repository's models that are not in production (they are billed by the hour even without traffic): `delete` them, keeping the registered versions per `keep` so any can be deployed again; or `keep` them deployed.",
    },
];
const OUTPUTS = [
    { name: 'command', description: 'Commands that ran, comma-separated.' },
    { name: 'valid', description: '`true` when the datasets have no errors.' },
    { name: 'errors', description: 'Number of dataset errors.' },
    { name: 'warnings', description: 'Number of dataset warnings.' },
    { name: 'examples', description: 'Training examples (after the split).' },
    {
        name: 'tokens',
        description: 'Tokens of the training examples (after the split), counted with the model tokenizer and chat template.',
    },
    {
        name: 'estimated-cost',
        description: 'Estimated training cost (billed tokens x price), when a price is given.',
    },
    { name: 'report', description: 'Path of the JSON report of this run.' },
    { name: 'job-name', description: 'Fine-tuning job name.' },
    {
        name: 'job-status',
        description: 'Last known job status (e.g. Running when handed to a later run, Completed).',
    },
    { name: 'studio-url', description: 'Link to the job in Azure AI Foundry.' },
    { name: 'model-name', description: 'Registered fine-tuned model name.' },
    { name: 'model-version', description: 'Registered fine-tuned model version.' },
    {
        name: 'model-id',
        description: 'Fine-tuned model id to deploy (`azureml://locations/.../models/<name>/versions/<v>`).',
    },
    { name: 'endpoint-name', description: 'Serverless endpoint name.' },
    { name: 'endpoint-url', description: 'Serverless endpoint inference URL.' },
    { name: 'metrics', description: 'Evaluation metrics of the candidate (and baseline, deltas) as JSON.' },
    { name: 'passed', description: '`true` when every gate passed.' },
    { name: 'promoted', description: '`true` when the candidate was tagged as production.' },
    { name: 'converted-files', description: 'Files `convert` wrote, comma-separated.' },
    { name: 'billed-tokens', description: 'Billed training tokens: `tokens` x epochs.' },
];
function settingByInput(input) {
    const s = SETTINGS.find((x) => x.input === input);
    if (!s)
        throw new Error(`unknown setting ${input}`);
    return s;
}

;// CONCATENATED MODULE: ./src/config/build.ts






/**
 * Keys that say where credentials are sent: the Azure token and ARM calls, the Content Safety key or
 * token, and the endpoint keys of the evaluation. On a pull request the head's config file is the pull
 * request author's, so these come from the inputs or the base commit's config file.
 */
const CREDENTIAL_DESTINATION_KEYS = new Set([
    'azure.arm-endpoint',
    'azure.authority-host',
    'content-safety.endpoint',
    'evaluation.endpoint-url',
    'evaluation.baseline-endpoint-url',
    'evaluation.judge-endpoint-url',
]);
/** GitHub-hosted jobs end after 6 hours; leave room for deploy, evaluation and reporting. */
const HOSTED_RUNNER_WAIT_CAP_MINUTES = 330;
const CONFIG_KEYS = new Set(SETTINGS.flatMap((s) => (s.key ? [s.key] : [])));
/**
 * Merges inputs (first), the config file, then defaults into one validated Config. Every error names the
 * input or config key (with file and line) and what is allowed.
 */
function buildConfig(sources) {
    const realPath = sources.realPath ?? realPathOnDisk;
    const defaultConfigPath = settingByInput('config-file').default;
    const configInput = sources.getInput('config-file').trim();
    // Checked before it is read: a path out of the workspace or into .git/ is never opened.
    const configPath = resolveWorkspacePath(sources.root, configInput || defaultConfigPath, configInput ? "input 'config-file'" : "default of 'config-file'", realPath);
    const configText = sources.readFile(configPath);
    // The runner passes action.yml's default as if it were set; only a path the user chose must exist.
    if (configText === undefined && configPath !== defaultConfigPath) {
        throw new ConfigError(`input 'config-file': ${configPath} does not exist in the repository.`);
    }
    const fileValues = configText === undefined ? new Map() : parseConfigFile(configText, configPath, CONFIG_KEYS);
    const trusted = trustedFileValues(fileValues, configPath, sources.pullRequestBase);
    const values = new Map();
    const notices = [...trusted.notices];
    for (const setting of SETTINGS) {
        const input = sources.getInput(setting.input);
        const file = setting.key && CREDENTIAL_DESTINATION_KEYS.has(setting.key) ? trusted.values : fileValues;
        let raw;
        if (input.trim() !== '')
            raw = { value: input, where: `input '${setting.input}'` };
        else if (setting.key && file.has(setting.key))
            raw = file.get(setting.key);
        else if (setting.default !== undefined && !setting.default.startsWith('${{')) {
            raw = { value: setting.default, where: `default of '${setting.input}'` };
        }
        if (!raw)
            continue;
        let parsed = parseSetting(setting.kind, raw);
        if (setting.kind.type === 'path' && typeof parsed === 'string' && parsed !== '') {
            parsed = resolveWorkspacePath(sources.root, parsed, raw.where, realPath);
        }
        values.set(setting.input, parsed);
    }
    const str = (name) => {
        const v = values.get(name);
        return typeof v === 'string' && v !== '' ? v : undefined;
    };
    const num = (name) => values.get(name);
    const bool = (name) => values.get(name) === true;
    const model = resolveModel(str('model') ?? DEFAULT_MODEL_ID, fileValues);
    const repoName = sources.repository?.split('/')[1];
    const modelName = str('model-name') ?? assetName(`${repoName ? `${repoName}-` : ''}${model.id}-ft`);
    const wait = values.get('wait');
    const waitPolicy = wait.kind === 'until-done' && sources.runnerEnvironment === 'github-hosted'
        ? { kind: 'until-done', capMinutes: HOSTED_RUNNER_WAIT_CAP_MINUTES }
        : wait;
    const config = {
        command: values.get('command'),
        root: sources.root,
        notices,
        configFile: configText === undefined ? undefined : configPath,
        model,
        modelVersion: str('model-version') ?? model.defaultVersion,
        data: {
            training: str('training-file'),
            validation: str('validation-file'),
            golden: str('golden-file'),
            splitRatio: num('split-ratio'),
            splitSeed: str('split-seed'),
            baseRef: str('base-ref'),
        },
        validation: {
            failOn: values.get('fail-on'),
            maxAnnotations: num('max-annotations'),
            goldenLeakageShare: num('golden-leakage-share'),
        },
        training: {
            epochs: num('epochs'),
            learningRate: num('learning-rate'),
            batchSize: num('batch-size'),
            hyperparameters: values.get('hyperparameters') ?? {},
            pricePer1kTokens: num('price-per-1k-training-tokens'),
            compute: str('compute'),
            instanceType: str('instance-type'),
            modelName,
            wait: waitPolicy,
            pollIntervalSeconds: num('poll-interval'),
            cancelOnAbort: bool('cancel-on-abort'),
            preflightOnly: bool('preflight-only'),
            force: bool('force'),
            method: values.get('training-method'),
        },
        azure: {
            ...workspaceOf(str('workspace'), str('subscription-id'), str('resource-group')),
            tenantId: str('tenant-id'),
            clientId: str('client-id'),
            armEndpoint: trimSlash(str('arm-endpoint')),
            authorityHost: trimSlash(str('authority-host')),
            jobsApiVersion: str('jobs-api-version'),
        },
        deploy: {
            endpointName: str('endpoint-name'),
            contentSafety: values.get('content-safety'),
        },
        evaluation: {
            endpointUrl: str('endpoint-url'),
            endpointKey: str('endpoint-key'),
            baseline: values.get('baseline'),
            baselineEndpointUrl: str('baseline-endpoint-url'),
            baselineEndpointKey: str('baseline-endpoint-key'),
            requestsPerMinute: num('requests-per-minute'),
            tokensPerMinute: num('tokens-per-minute'),
            concurrency: num('concurrency'),
            requestTimeoutSeconds: num('request-timeout'),
            maxRetries: num('max-retries'),
            maxTokens: num('max-tokens'),
            pricePer1kInputTokens: num('price-per-1k-input-tokens'),
            pricePer1kOutputTokens: num('price-per-1k-output-tokens'),
            judgeEndpointUrl: str('judge-endpoint-url'),
            judgeEndpointKey: str('judge-endpoint-key'),
            bootstrapSamples: num('bootstrap-samples'),
            seed: num('seed'),
            maxUnansweredShare: num('max-unanswered-share'),
        },
        gate: {
            expressions: values.get('gates') ?? [],
            failOnGate: bool('fail-on-gate'),
            promote: bool('promote'),
        },
        cleanup: {
            keep: num('keep'),
            maxAgeDays: num('max-age'),
            dryRun: bool('dry-run'),
            endpointHourlyCost: num('endpoint-hourly-cost'),
            idleEndpoints: values.get('idle-endpoints'),
        },
        contentSafety: {
            endpoint: str('content-safety-endpoint'),
            key: str('content-safety-key'),
            threshold: num('content-safety-threshold'),
            cache: str('content-safety-cache'),
            concurrency: num('content-safety-concurrency'),
        },
        github: {
            token: str('github-token'),
            comment: bool('comment'),
            commentTag: str('comment-tag'),
        },
    };
    checkCombinations(config);
    checkModelName(config.training.modelName, sources.getInput('model-name').trim() !== ''
        ? "input 'model-name'"
        : (fileValues.get('training.model-name')?.where ?? "input 'model-name'"));
    checkGates(config, sources.getInput('gates').trim() !== '' ? "input 'gates'" : fileValues.get('gates')?.where);
    return config;
}
/**
 * The config file values the credential-destination keys may come from: the file itself, except on a
 * pull request, where they come from the base commit's file. A head value that is ignored is named.
 */
function trustedFileValues(head, configPath, base) {
    if (!base)
        return { values: head, notices: [] };
    const short = base.ref?.slice(0, 7);
    const baseName = short ? `the base commit ${short}` : 'the base commit (the event names none)';
    let baseValues = new Map();
    const notices = [];
    if (base.text !== undefined) {
        try {
            baseValues = parseConfigFile(base.text, `${configPath}@${short ?? 'base'}`, CONFIG_KEYS);
        }
        catch (e) {
            notices.push(`The config file at ${baseName} could not be read (${e.message}); where credentials are sent falls back to the inputs and defaults.`);
        }
    }
    for (const key of CREDENTIAL_DESTINATION_KEYS) {
        const mine = head.get(key);
        if (!mine)
            continue;
        const theirs = baseValues.get(key);
        if (theirs && JSON.stringify(theirs.value) === JSON.stringify(mine.value))
            continue;
        notices.push(`${mine.where} is ignored on a pull request: where credentials are sent comes from the inputs or from the config file at ${baseName}${theirs ? ` (${theirs.where.replace(/^'[^']*' in /, '')})` : ', which does not set it'}.`);
    }
    return { values: baseValues, notices };
}
const WORKSPACE_ID = /^\/subscriptions\/([^/]+)\/resourceGroups\/([^/]+)\/providers\/Microsoft\.MachineLearningServices\/workspaces\/([^/]+)\/?$/i;
/**
 * `workspace` is a name, or the workspace's whole resource id (`az ml workspace show --query id`), which
 * also says the subscription and resource group: one setting instead of three.
 */
function workspaceOf(workspace, subscriptionId, resourceGroup) {
    const m = workspace ? WORKSPACE_ID.exec(workspace) : null;
    if (!m)
        return { subscriptionId, resourceGroup, workspace };
    const [, sub, group, name] = m;
    for (const [input, given, fromId] of [
        ['subscription-id', subscriptionId, sub],
        ['resource-group', resourceGroup, group],
    ]) {
        if (given && given.toLowerCase() !== fromId.toLowerCase()) {
            throw new ConfigError(`input '${input}' is '${given}' but the workspace resource id says '${fromId}': set one of them only.`);
        }
    }
    return { subscriptionId: sub, resourceGroup: group, workspace: name };
}
/** Gates are parsed here so a typo or an unmeasurable metric stops the run before any request. */
function checkGates(config, where = "input 'gates'") {
    const gates = parseGates(config.gate.expressions, where);
    assertGatesMeasurable(gates, {
        judge: config.evaluation.judgeEndpointUrl !== undefined,
        prices: config.evaluation.pricePer1kInputTokens !== undefined ||
            config.evaluation.pricePer1kOutputTokens !== undefined,
        contentSafety: config.contentSafety.endpoint !== undefined,
    }, where);
}
/** Inputs that are each fine alone but wrong together. */
function checkCombinations(config) {
    if (config.evaluation.baseline === 'endpoint' && !config.evaluation.baselineEndpointUrl) {
        throw new ConfigError("input 'baseline' is `endpoint` but no 'baseline-endpoint-url' is set: set it, or use `auto`.");
    }
    if (config.evaluation.endpointKey && !config.evaluation.endpointUrl) {
        throw new ConfigError("input 'endpoint-key' is set without 'endpoint-url': set the URL of the endpoint it belongs to.");
    }
    const jobsApi = config.azure.jobsApiVersion;
    if (jobsApi !== undefined && !/^\d{4}-\d{2}-\d{2}(-preview)?$/.test(jobsApi)) {
        throw new ConfigError(`input 'jobs-api-version' (config file: azure.jobs-api-version) must be an ARM api-version such as 2025-10-01-preview; got '${jobsApi}'.`);
    }
    if (config.contentSafety.key && !config.contentSafety.endpoint) {
        throw new ConfigError("input 'content-safety-key' is set without 'content-safety-endpoint': set the endpoint of the Content Safety resource it belongs to.");
    }
    const safety = config.contentSafety.endpoint;
    if (safety !== undefined && !/^https?:\/\/[^/\s]+/.test(safety)) {
        throw new ConfigError(`input 'content-safety-endpoint' must be a URL such as https://<resource>.cognitiveservices.azure.com; got '${safety}'.`);
    }
    for (const url of ['arm-endpoint', 'authority-host']) {
        const value = url === 'arm-endpoint' ? config.azure.armEndpoint : config.azure.authorityHost;
        if (!/^https?:\/\/[^/\s]+/.test(value))
            throw new ConfigError(`input '${url}' must be a URL; got '${value}'.`);
    }
}
function resolveModel(id, fileValues) {
    const model = findModel(id);
    if (model)
        return model;
    const where = fileValues.get('model')?.where ?? "input 'model'";
    throw new ConfigError(`${where} must be one of ${modelIds().join(', ')}; got '${id}'.`);
}
/**
 * Model and data asset names (ModelVersions_CreateOrUpdate's `name` parameter in the 2025-12-01 spec):
 * a letter or digit, then up to 254 letters, digits, '-' or '_'. No dots.
 */
const ASSET_NAME = /^[a-zA-Z0-9][a-zA-Z0-9\-_]{0,254}$/;
/** A model name the registry refuses would fail the job after training: say so before anything starts. */
function checkModelName(name, where) {
    if (ASSET_NAME.test(name))
        return;
    const why = /\./.test(name)
        ? 'dots are not allowed'
        : name.length > 255
            ? 'it is longer than 255 characters'
            : /^[^a-zA-Z0-9]/.test(name)
                ? 'it must start with a letter or digit'
                : 'only letters, digits, - and _ are allowed';
    throw new ConfigError(`${where} (model-name) '${name}' is not a valid Azure ML model name: ${why}. Use letters, digits, '-' and '_' (for example '${assetName(name)}').`);
}
/** Workspace asset names: letters, digits, '-' and '_', starting with a letter or digit. */
function assetName(text) {
    return (text
        .replace(/[^A-Za-z0-9_-]+/g, '-')
        .replace(/^[^A-Za-z0-9]+/, '')
        .replace(/-+/g, '-')
        .slice(0, 200) || 'finetune');
}
function trimSlash(url) {
    return url.replace(/\/+$/, '');
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./src/dataset/formats.ts
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

;// CONCATENATED MODULE: external "node:buffer"
const external_node_buffer_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");
;// CONCATENATED MODULE: ./src/dataset/memory.ts
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

;// CONCATENATED MODULE: ./src/dataset/hash.ts
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
let hash_words = new Int32Array(scratch.buffer);
const encoder = new TextEncoder();
const copyBytes = Buffer.prototype.copy;
function ensureScratch(bytes) {
    if (bytes <= scratch.length)
        return;
    let size = scratch.length;
    while (size < bytes)
        size *= 2;
    scratch = new Uint8Array(size);
    hash_words = new Int32Array(scratch.buffer);
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
    const w = hash_words;
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
        freeNow(oldKeys.buffer);
        freeNow(oldValues.buffer);
    }
}

;// CONCATENATED MODULE: ./src/dataset/lines.ts
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

;// CONCATENATED MODULE: ./src/dataset/tokenizer/chat-template.ts
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
function chat_template_addedTokenMatcher(tokens) {
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
function chat_template_countWithTemplate(messages, facts, countText, options = {}) {
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
function chat_template_encodeWithTemplate(messages, facts, encodeText, options = {}) {
    const ids = [];
    walk(renderChat(messages, facts.template, options), facts.matcher, (piece) => {
        if (typeof piece === 'string')
            ids.push(...encodeText(piece));
        else
            ids.push(piece.id);
    });
    return ids;
}

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
    return hashHex(hash64(normalizeQuestion(text)));
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
        if ((0,external_node_buffer_namespaceObject.isUtf8)(bytes.subarray(0, mid)) || isTruncatedSequence(bytes.subarray(0, mid)))
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
    return hashBytes(bytes, start, end);
}
const seedHashes = new Map();
/**
 * A line's split key (see split.ts): the line hash mixed with the seed's hash (a murmur3 finalizer per
 * half), 48 bits so it is exact as a double. Identical lines get identical keys; ties go by line number.
 */
function splitKeyOf(seed, line) {
    let s = seedHashes.get(seed);
    if (!s) {
        s = hash64(seed);
        seedHashes.set(seed, s);
    }
    const hi = analyze_fmix32((line.hi ^ s.hi) >>> 0, line.lo);
    const lo = analyze_fmix32((line.lo ^ s.lo) >>> 0, hi);
    return (hi >>> 0) * 65536 + (lo >>> 16);
}
function analyze_fmix32(h, salt) {
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
        lastSystem = { text, hash: hash64(text) };
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
    if (flags & LINE_TOO_LONG) {
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
    if (!(0,external_node_buffer_namespaceObject.isUtf8)(bytes)) {
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
    const format = detectFormat(obj);
    const r = emptyResult(line, 'example');
    r.format = formatIndex(format);
    const method = options.method ?? 'sft';
    const accepted = acceptedFormats(options.role, method);
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
            const token = chat_template_addedTokenMatcher(model.addedTokens).find(content);
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
    const facts = { template: options.model.template, matcher: chat_template_addedTokenMatcher(options.model.addedTokens) };
    const count = chat_template_countWithTemplate(messages, facts, (t) => tokenizer.count(t), { tools, forGeneration });
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
        r.prompt = hash64(canonicalMessages(promptMessages));
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
        r.prompt = hash64(canonicalMessages(prompt.messages));
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

;// CONCATENATED MODULE: ./src/dataset/chunks.ts

/** Bytes kept of a line over the size cap: enough to show what it looks like. */
const chunks_HEAD_BYTES = 256;
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
            freeNow(buffer);
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
        const head = new Uint8Array(buffer.subarray(lineStart, Math.min(lineStart + chunks_HEAD_BYTES, used)));
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

;// CONCATENATED MODULE: ./src/dataset/source.ts
/** Opens a dataset file for streaming, turning every way it can be unusable into a clear finding. */




/** Azure's upload limit for a fine-tuning file. */
const MAX_FILE_BYTES = 512 * 1024 * 1024;
function fileFinding(file, code, message, hint) {
    return { severity: 'error', code, message, hint, file };
}
/** Magic numbers of formats people mistake for JSONL. */
function sniffFormat(head) {
    if (head[0] === 0x1f && head[1] === 0x8b)
        return 'a gzip archive (decompress it first: `gunzip file.jsonl.gz`)';
    if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04)
        return 'a zip archive';
    if (head.subarray(0, 4).toString('latin1') === 'PAR1')
        return 'a Parquet file (export it as JSON Lines)';
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
        return 'UTF-16 text (save it as UTF-8)';
    const nul = head.indexOf(0);
    if (nul >= 0 && nul < 1024)
        return 'a binary file (it has NUL bytes near the start)';
    return undefined;
}
/**
 * Checks that `relative` (to `root`) is a readable regular file that looks like text, and its size.
 * `input` names the setting, so an error says which one to fix ('' when the path was given as it is, on a
 * command line); `relativeTo` says what the path is relative to.
 */
async function openDatasetFile(root, relative, input, relativeTo = 'the repository root') {
    const named = input ? ` (${input})` : '';
    const thePath = input ? `the path in ${input}` : 'the path';
    const absolute = external_node_path_default().resolve(root, relative);
    const display = relative;
    let info;
    try {
        info = await (0,promises_namespaceObject.stat)(absolute);
    }
    catch (e) {
        const code = e.code;
        return {
            ok: false,
            findings: [
                code === 'ENOENT'
                    ? fileFinding(display, 'missing-file', `File not found${named}.`, `Check ${thePath}; it is relative to ${relativeTo}.`)
                    : fileFinding(display, 'unreadable', `Cannot read the file${named}: ${e.message}.`, 'Check the path and its permissions.'),
            ],
        };
    }
    if (info.isDirectory()) {
        return {
            ok: false,
            findings: [
                fileFinding(display, 'not-a-file', `Is a directory, not a file${named}.`, input
                    ? `Point ${input} at the .jsonl file inside it.`
                    : 'Give the path of the .jsonl file inside it.'),
            ],
        };
    }
    if (!info.isFile()) {
        return {
            ok: false,
            findings: [
                fileFinding(display, 'not-a-file', `Is not a regular file${named}.`, input ? `Point ${input} at a .jsonl file.` : 'Give the path of a .jsonl file.'),
            ],
        };
    }
    const findings = [];
    try {
        const handle = await (0,promises_namespaceObject.open)(absolute, 'r');
        try {
            const head = Buffer.alloc(8192);
            const { bytesRead } = await handle.read(head, 0, head.length, 0);
            const kind = sniffFormat(head.subarray(0, bytesRead));
            if (kind) {
                return {
                    ok: false,
                    findings: [
                        fileFinding(display, 'binary-file', `Is ${kind}, not JSON Lines text.`, 'Provide a UTF-8 text file with one JSON object per line.'),
                    ],
                };
            }
        }
        finally {
            await handle.close();
        }
    }
    catch (e) {
        return {
            ok: false,
            findings: [
                fileFinding(display, 'unreadable', `Cannot read the file${named}: ${e.message}.`, 'Check its permissions.'),
            ],
        };
    }
    if (info.size === 0) {
        findings.push(fileFinding(display, 'empty-file', `Is empty${named}.`, 'Add examples, one JSON object per line.'));
    }
    if (info.size >= MAX_FILE_BYTES) {
        findings.push(fileFinding(display, 'file-too-large', `Is ${(info.size / 1024 / 1024).toFixed(0)} MB; Azure accepts fine-tuning files under 512 MB.`, 'Deduplicate or sample the data, or split it and train on the most valuable part.'));
    }
    return { ok: true, absolute, bytes: info.size, findings };
}
function readStream(absolute) {
    return (0,external_node_fs_namespaceObject.createReadStream)(absolute, { highWaterMark: 1 << 20 });
}
/** Runs `use` with a reader of the file's bytes (read straight into the caller's buffers). */
async function withFileReader(absolute, use) {
    const handle = await (0,promises_namespaceObject.open)(absolute, 'r');
    try {
        return await use(fileReader(handle));
    }
    finally {
        await handle.close();
    }
}

;// CONCATENATED MODULE: ./src/dataset/chunk-analysis.ts
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
    sent = new HashTable64(256);
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
            extra = { index: i, systemPreview: systemPreview(r.system ?? '') };
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
    put(out, 0, analyzeLine(head, 0, LINE_TOO_LONG, length, options), false, previews);
    return out;
}
/** Analyzes the `lines` lines of `data` (each ending with `\n`, except possibly the last). */
function analyzeChunk(data, lines, options, previews) {
    const out = emptyResults(lines);
    const bytes = asBuffer(data);
    // One validation for the whole chunk; NUL bytes are as rare as bad UTF-8.
    const clean = (0,external_node_buffer_namespaceObject.isUtf8)(bytes) && bytes.indexOf(0) < 0;
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
            r = analyzeLine(bytes.subarray(start, end), 0, 0, end - start, options);
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
                r = analyzeText(line, bytes, start, end, 0, options);
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
    return isBlankLine(bytes.subarray(start, end));
}

;// CONCATENATED MODULE: ./src/dataset/histogram.ts
/**
 * Token-length percentiles in fixed memory: one counter per length up to a cap (512 KB for 131,072),
 * so percentiles are exact for every example at or under the cap. Longer examples are counted in an
 * overflow bucket and reported as the cap (they are already errors: over every model's context).
 */
class LengthHistogram {
    cap;
    counts;
    n = 0;
    sum = 0;
    maximum = 0;
    constructor(cap = 131_072) {
        this.cap = cap;
        this.counts = new Uint32Array(cap + 2);
    }
    add(length) {
        this.counts[Math.min(length, this.cap + 1)] += 1;
        this.n += 1;
        this.sum += length;
        if (length > this.maximum)
            this.maximum = length;
    }
    get count() {
        return this.n;
    }
    get total() {
        return this.sum;
    }
    get max() {
        return this.maximum;
    }
    get mean() {
        return this.n === 0 ? 0 : this.sum / this.n;
    }
    /** Nearest-rank percentile (the smallest length with at least q of the examples at or below it). */
    percentile(q) {
        if (this.n === 0)
            return 0;
        const rank = Math.max(1, Math.ceil(q * this.n));
        let seen = 0;
        for (let length = 0; length < this.counts.length; length++) {
            seen += this.counts[length];
            if (seen >= rank)
                return Math.min(length, this.maximum);
        }
        return this.maximum;
    }
}

;// CONCATENATED MODULE: ./src/dataset/accumulate.ts
/**
 * Folds one file's line results, in line order, into its report: statistics, duplicate and overlap
 * detection, findings that need the whole file (system-prompt variants, outliers, too few examples).
 */






/** Findings listed per code and file; beyond it they are counted (the summary says how many). */
const FINDINGS_PER_CODE = 100;
const MAX_SYSTEM_VARIANTS = 1000;
const OUTLIER_CANDIDATES = 20;
const SPLIT_BLOCK = 1 << 16;
/** Azure's minimum for a training file. */
const MIN_EXAMPLES = 10;
/** Lines named in a summary finding. */
const SUMMARY_LINES = 5;
/** Share of golden examples found in the training data above which it is an error (the setting's default). */
const DEFAULT_GOLDEN_LEAKAGE_SHARE = 0.1;
class FileAccumulator {
    options;
    histogram = new LengthHistogram();
    examples = new HashTable64();
    prompts = new HashTable64();
    findings = [];
    perCode = new Map();
    /** Lines per format (index into FORMATS) and the first of them. */
    formatLines = FORMATS.map(() => ({ count: 0, first: [] }));
    invalidLines = 0;
    notUtf8 = [];
    notUtf8Count = 0;
    duplicates = [];
    duplicateCount = 0;
    withoutUser = [];
    estimatedLines = [];
    withoutUserCount = 0;
    /** Golden question hash -> the first line here that asks it. */
    leaked = new Map();
    errors = 0;
    warnings = 0;
    omitted = 0;
    stats = {
        turns: 0,
        roles: { system: 0, user: 0, assistant: 0, tool: 0 },
        assistantTokens: 0,
        trainedTokens: 0,
        estimated: 0,
    };
    lines = 0;
    /** Blank lines not yet followed by an example: the first ones' numbers, and how many. */
    trailingBlank = [];
    trailingBlankCount = 0;
    crlfLines = 0;
    firstCrlf = 0;
    brokenStringFinding;
    /** The finding of a run of consecutive document fragments (pretty-printed or array lines). */
    fragmentRun;
    systemVariants = [];
    systemIndex = new HashTable64(64);
    systemVariantsOverflow = false;
    withSystem = 0;
    withoutSystem = [];
    withoutSystemCount = 0;
    longest = [];
    /**
     * Split entries in fixed blocks: growing never copies, and at most one block is unused. No line
     * numbers: entries are in file order, which is the split's tie-break.
     */
    splitBlocks = [];
    splitCount = 0;
    diffCounts = { added: 0, removed: 0, changed: 0, unchanged: 0 };
    /** Base examples and prompts already matched by a line of this file: each base line matches once. */
    baseUsed = { examples: new HashTable64(64), prompts: new HashTable64(64) };
    constructor(options) {
        this.options = options;
    }
    get exampleCount() {
        return this.histogram.count;
    }
    /**
     * Adds a finding about a line (or the file, without line), respecting the per-code cap. A summary
     * finding stands for `summary.count` occurrences, the first of them on `summary.lines`.
     */
    addFinding(severity, code, message, hint, line, summary) {
        if (this.options.quiet)
            return;
        if (severity === 'error')
            this.errors += 1;
        else if (severity === 'warning')
            this.warnings += 1;
        const counts = this.perCode.get(code) ?? { severity, total: 0, shown: 0 };
        this.perCode.set(code, counts);
        counts.total += summary?.count ?? 1;
        if (counts.shown >= FINDINGS_PER_CODE) {
            this.omitted += 1;
            return;
        }
        counts.shown += 1;
        const where = line === undefined ? '' : `Line ${line} `;
        const finding = {
            severity,
            code,
            message: line === undefined ? message : `${where}${message}`,
            hint,
            file: this.options.path,
            line,
        };
        if (summary) {
            finding.count = summary.count;
            finding.lines = summary.lines;
        }
        this.findings.push(finding);
    }
    /** Folds in a chunk's results; `firstLine` numbers its first line. Chunks must come in file order. */
    addChunk(results, firstLine, bom) {
        const { info, nums, extras } = results;
        let next = 0;
        for (let i = 0; i < results.lines; i++) {
            let extra;
            if (next < extras.length && extras[next].index === i)
                extra = extras[next++];
            const line = firstLine + i;
            if (i === 0 && bom) {
                this.addFinding('warning', 'bom', 'starts with a UTF-8 byte order mark (BOM). Accepted: Azure reads files with and without one.', undefined, line);
            }
            this.addLine(info[i], nums, i * COLUMNS, extra, line);
        }
        this.lines = Math.max(this.lines, firstLine + results.lines - 1);
    }
    addLine(info, nums, row, extra, line) {
        if (info & INFO_CRLF) {
            if (this.crlfLines === 0)
                this.firstCrlf = line;
            this.crlfLines += 1;
        }
        const kind = info & KIND_MASK;
        if (kind === KIND_BLANK) {
            if (this.trailingBlank.length < FINDINGS_PER_CODE)
                this.trailingBlank.push(line);
            this.trailingBlankCount += 1;
            return;
        }
        this.flushBlankLines();
        const findings = extra?.findings ?? [];
        const format = this.formatLines[nums[row + COL_FORMAT]];
        if (format) {
            format.count += 1;
            if (format.first.length < SUMMARY_LINES)
                format.first.push(line);
        }
        if (kind === KIND_INVALID)
            this.invalidLines += 1;
        // A file that is not UTF-8 is one finding, not one per line.
        if (kind === KIND_INVALID && findings[0]?.code === 'not-utf8') {
            this.notUtf8Count += 1;
            if (this.notUtf8.length < SUMMARY_LINES)
                this.notUtf8.push({
                    line,
                    detail: findings[0].message.replace(/^is not valid UTF-8 \((.*)\)\.$/, '$1'),
                });
            this.brokenStringFinding = undefined;
            this.fragmentRun = undefined;
            return;
        }
        // A raw line break inside a string shows up as a broken line followed by its continuation(s).
        if (kind === KIND_INVALID &&
            this.brokenStringFinding &&
            !(info & INFO_OPENS_OBJECT) &&
            findings[0]?.code !== 'not-utf8') {
            const f = this.brokenStringFinding;
            const range = f.message.match(/\(continues on lines? (\d+)/);
            f.message = range
                ? f.message.replace(/\(continues on lines? (\d+)(?:-\d+)?\)/, `(continues on lines ${range[1]}-${line})`)
                : `${f.message} (continues on line ${line})`;
            if (info & INFO_CLOSES_OBJECT)
                this.brokenStringFinding = undefined;
            return;
        }
        this.brokenStringFinding = undefined;
        // A pretty-printed or JSON-array file is one finding per run of lines, not one per line.
        const code = kind === KIND_INVALID ? findings[0]?.code : undefined;
        if (code === 'pretty-printed' || code === 'json-array') {
            const run = this.fragmentRun;
            if (run && run.last === line - 1) {
                run.last = line;
                run.finding.message =
                    run.finding.message.replace(/ \(lines \d+-\d+ too\)$/, '') + ` (lines ${run.first}-${line} too)`;
                return;
            }
        }
        this.fragmentRun = undefined;
        for (const f of findings)
            this.addFinding(f.severity, f.code, f.message, f.hint, line);
        if (code === 'pretty-printed' || code === 'json-array') {
            const last = this.findings[this.findings.length - 1];
            if (last?.line === line)
                this.fragmentRun = { finding: last, first: line, last: line };
        }
        if (kind === KIND_INVALID) {
            if (info & INFO_OPENS_OBJECT) {
                const last = this.findings[this.findings.length - 1];
                if (last?.line === line && last.code === 'raw-newline')
                    this.brokenStringFinding = last;
            }
            return;
        }
        this.addExample(info, nums, row, extra, line);
    }
    /** Blank lines followed by an example are warnings; at the end of the file they are one finding. */
    flushBlankLines() {
        if (this.trailingBlankCount === 0)
            return;
        for (const blank of this.trailingBlank) {
            this.addFinding('warning', 'blank-line', 'is blank. Blank lines between examples are skipped here, but some tools reject them.', 'Delete the blank line.', blank);
        }
        for (let n = this.trailingBlank.length; n < this.trailingBlankCount; n++) {
            this.addFinding('warning', 'blank-line', '', undefined, undefined);
        }
        this.trailingBlank = [];
        this.trailingBlankCount = 0;
    }
    addExample(info, nums, row, extra, line) {
        const tokens = nums[row + COL_TOKENS];
        this.histogram.add(tokens);
        const system = nums[row + COL_ROLES];
        const assistant = nums[row + COL_ROLES + 2];
        this.stats.turns += assistant;
        this.stats.roles.system += system;
        this.stats.roles.user += nums[row + COL_ROLES + 1];
        this.stats.roles.assistant += assistant;
        this.stats.roles.tool += nums[row + COL_ROLES + 3];
        this.stats.assistantTokens += nums[row + COL_ASSISTANT];
        this.stats.trainedTokens += nums[row + COL_TRAINED];
        if (info & INFO_ESTIMATED) {
            this.stats.estimated += 1;
            if (this.estimatedLines.length < SUMMARY_LINES)
                this.estimatedLines.push(line);
        }
        this.trackLongest(line, tokens);
        const exHi = nums[row + COL_EXAMPLE];
        const exLo = nums[row + COL_EXAMPLE + 1];
        // A base revision only needs how often each example and prompt occurs (duplicates included).
        let first;
        if (this.options.quiet)
            this.examples.add(exHi, exLo, 1);
        else
            first = this.examples.insert(exHi, exLo, line);
        if (first !== undefined && first !== line) {
            this.duplicateCount += 1;
            if (this.duplicates.length < SUMMARY_LINES)
                this.duplicates.push([line, first]);
        }
        if (this.options.role !== 'golden' && nums[row + COL_ROLES + 1] === 0) {
            this.withoutUserCount += 1;
            if (this.withoutUser.length < SUMMARY_LINES)
                this.withoutUser.push(line);
        }
        const overlap = this.options.overlapWith;
        const inTraining = overlap?.examples.lookup(exHi, exLo);
        if (overlap && inTraining !== undefined) {
            this.addFinding('warning', 'train-validation-overlap', `is also in ${overlap.path} (line ${inTraining}): the validation loss measures memorization, not generalization.`, 'Keep the example in one of the two files (training or validation), not both.', line);
        }
        const hasPrompt = (info & INFO_PROMPT) !== 0;
        const prHi = nums[row + COL_PROMPT];
        const prLo = nums[row + COL_PROMPT + 1];
        if (hasPrompt) {
            if (this.options.quiet)
                this.prompts.add(prHi, prLo, 1);
            else
                this.prompts.insert(prHi, prLo, line);
        }
        const base = this.options.base;
        if (base)
            this.countDiff(base, exHi, exLo, hasPrompt, prHi, prLo);
        const seed = this.options.splitSeed;
        if (seed !== undefined)
            this.pushSplitKey(splitKeyOf(seed, { hi: exHi, lo: exLo }), tokens);
        if (info & INFO_SYSTEM) {
            this.withSystem += 1;
            const at = this.systemIndex.lookup(nums[row + COL_SYSTEM], nums[row + COL_SYSTEM + 1]);
            const v = at === undefined ? undefined : this.systemVariants[at];
            if (v) {
                v.count += 1;
                if (!v.preview && extra?.systemPreview)
                    v.preview = extra.systemPreview;
            }
            else if (this.systemVariants.length < MAX_SYSTEM_VARIANTS) {
                this.systemIndex.insert(nums[row + COL_SYSTEM], nums[row + COL_SYSTEM + 1], this.systemVariants.length);
                this.systemVariants.push({ count: 1, firstLine: line, preview: extra?.systemPreview ?? '' });
            }
            else {
                this.systemVariantsOverflow = true;
            }
        }
        else {
            this.withoutSystemCount += 1;
            if (this.withoutSystem.length < FINDINGS_PER_CODE)
                this.withoutSystem.push(line);
        }
        const contaminates = extra?.contaminates;
        if (contaminates)
            for (const h of contaminates)
                if (!this.leaked.has(h))
                    this.leaked.set(h, line);
    }
    trackLongest(line, tokens) {
        const list = this.longest;
        if (list.length < OUTLIER_CANDIDATES)
            list.push({ line, tokens });
        else {
            let minAt = 0;
            for (let i = 1; i < list.length; i++)
                if (list[i].tokens < list[minAt].tokens)
                    minAt = i;
            if (tokens <= list[minAt].tokens)
                return;
            list[minAt] = { line, tokens };
        }
    }
    pushSplitKey(key, tokens) {
        const at = this.splitCount % SPLIT_BLOCK;
        if (at === 0) {
            this.splitBlocks.push({ keys: new Float64Array(SPLIT_BLOCK), tokens: new Uint32Array(SPLIT_BLOCK) });
        }
        const block = this.splitBlocks[this.splitBlocks.length - 1];
        block.keys[at] = key;
        block.tokens[at] = tokens;
        this.splitCount += 1;
    }
    /** Per-example split keys and token counts (training file), in file order. */
    splitEntries() {
        const n = this.splitCount;
        const keys = new Float64Array(n);
        const tokens = new Uint32Array(n);
        this.splitBlocks.forEach((block, i) => {
            const size = Math.min(SPLIT_BLOCK, n - i * SPLIT_BLOCK);
            keys.set(block.keys.subarray(0, size), i * SPLIT_BLOCK);
            tokens.set(block.tokens.subarray(0, size), i * SPLIT_BLOCK);
        });
        return { keys, tokens };
    }
    index() {
        return {
            path: this.options.path,
            examples: this.examples,
            prompts: this.prompts,
            values: this.options.quiet ? 'counts' : 'lines',
            count: this.histogram.count,
            tokens: this.histogram.total,
        };
    }
    /** Whole-file findings, then the report. */
    finish(bytes, tokensCounted) {
        const { role } = this.options;
        if (this.brokenStringFinding)
            this.brokenStringFinding = undefined;
        if (this.trailingBlankCount > 0) {
            const n = this.trailingBlankCount;
            this.addFinding('warning', 'trailing-blank-lines', n === 1
                ? 'is a blank line at the end of the file. Accepted, but some tools count it as an empty example.'
                : `starts ${n} blank lines at the end of the file. Accepted, but some tools count them as empty examples.`, 'Delete the blank lines at the end of the file.', this.trailingBlank[0]);
        }
        if (this.crlfLines > 0) {
            this.addFinding('warning', 'crlf', `The file uses Windows line endings (CRLF) on ${this.crlfLines.toLocaleString('en-US')} line(s), from line ${this.firstCrlf}. Accepted; the uploaded copy uses LF.`, 'Add `*.jsonl text eol=lf` to .gitattributes to keep line endings stable.');
        }
        const examples = this.histogram.count;
        const formatErrors = this.formatFindings();
        this.summaryFindings(examples);
        if (role !== 'golden')
            this.systemFindings(examples);
        if (tokensCounted)
            this.outlierFindings();
        // Too few examples is not news when the lines are there but in another format or broken: the
        // findings above are the cause.
        const explained = formatErrors > 0 || examples + this.invalidLines >= MIN_EXAMPLES;
        if (role === 'training' && examples < MIN_EXAMPLES && !explained) {
            this.addFinding('error', 'too-few-examples', `The file has ${examples} example${examples === 1 ? '' : 's'}; Azure needs at least ${MIN_EXAMPLES} to fine-tune.`, 'Add examples (a few hundred is a usual start for a fine-tune to change behavior).');
        }
        else if (role === 'validation' && examples < MIN_EXAMPLES) {
            this.addFinding('warning', 'few-validation-examples', `The file has ${examples} example${examples === 1 ? '' : 's'}: the validation loss will be noisy.`, 'Use at least 10 validation examples.');
        }
        const stats = {
            examples,
            turns: this.stats.turns,
            messagesByRole: { ...this.stats.roles },
            tokens: {
                total: this.histogram.total,
                p50: this.histogram.percentile(0.5),
                p95: this.histogram.percentile(0.95),
                max: this.histogram.max,
                mean: Math.round(this.histogram.mean * 10) / 10,
            },
            assistantTokens: this.stats.assistantTokens,
            trainedTokens: this.stats.trainedTokens,
            estimatedExamples: this.stats.estimated,
        };
        // Root causes first: the file's format, then errors, then warnings; within each, by line, with
        // findings about the whole file after the lines'.
        const rank = (f) => (f.code === 'format' ? 0 : 10) + (f.severity === 'error' ? 0 : f.severity === 'warning' ? 1 : 2);
        const findings = [...this.findings].sort((a, b) => rank(a) - rank(b) || (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER));
        const codes = {};
        for (const [code, c] of [...this.perCode].sort((a, b) => a[0].localeCompare(b[0])))
            codes[code] = { ...c };
        return {
            path: this.options.path,
            role,
            bytes,
            lines: this.lines,
            stats,
            findings,
            errors: this.errors,
            warnings: this.warnings,
            omitted: this.omitted,
            codes,
            formats: Object.fromEntries(this.formatLines.flatMap((f, i) => f.count > 0 && FORMATS[i] !== 'unknown' ? [[FORMATS[i], f.count]] : [])),
        };
    }
    /** One finding per format this file has that the run cannot take; returns how many are errors. */
    formatFindings() {
        const role = this.options.role;
        const method = this.options.method ?? 'sft';
        const accepted = acceptedFormats(role, method);
        let errors = 0;
        const lines = this.formatLines.reduce((n, f) => n + f.count, 0);
        this.formatLines.forEach((f, i) => {
            const format = FORMATS[i];
            if (f.count === 0 || format === 'unknown')
                return;
            if (accepted.includes(format) && !(format === 'eval' && role !== 'golden'))
                return;
            if (format === 'eval' && role === 'golden')
                return;
            const advice = formatAdvice(format, {
                path: this.options.path,
                role,
                method,
                model: this.options.model?.id ?? 'the model',
                methods: this.options.model?.methods ?? ['sft'],
            });
            const share = f.count === lines
                ? `All ${f.count.toLocaleString('en-US')} lines are`
                : `${f.count.toLocaleString('en-US')} of ${lines.toLocaleString('en-US')} lines (${f.first.join(', ')}${f.count > f.first.length ? ', ...' : ''}) are`;
            const what = role === 'golden' ? 'a golden set' : method === 'dpo' ? 'DPO training' : 'chat fine-tuning';
            this.addFinding('error', 'format', `${share} ${advice.name}, which ${what} does not take as it is.`, advice.advice, undefined, { count: f.count, lines: f.first });
            errors += 1;
        });
        if (method === 'dpo' &&
            role !== 'golden' &&
            this.options.model &&
            !this.options.model.methods.includes('dpo')) {
            this.addFinding('error', 'method-unsupported', `training-method is dpo, but Azure offers ${this.options.model.id} ${this.options.model.methods.join(', ').toUpperCase()} only.`, 'Set training-method: sft and train on chat examples, or choose a model that Azure fine-tunes with DPO.');
        }
        return errors;
    }
    /** Findings that would flood the report one line at a time, said once with their first lines. */
    summaryFindings(examples) {
        const lines = (list, count) => `${list.join(', ')}${count > list.length ? ', ...' : ''}`;
        if (this.notUtf8Count > 0) {
            const first = this.notUtf8.map((x) => `line ${x.line}: ${x.detail}`).join('; ');
            this.addFinding('error', 'not-utf8', `${this.notUtf8Count.toLocaleString('en-US')} line${this.notUtf8Count === 1 ? ' is' : 's are'} not valid UTF-8 (${first}${this.notUtf8Count > this.notUtf8.length ? '; ...' : ''}): the file is probably in another encoding.`, 'Save the file as UTF-8; for Windows-1252/Latin-1 text: `iconv -f cp1252 -t utf-8 in.jsonl > out.jsonl`.', undefined, { count: this.notUtf8Count, lines: this.notUtf8.map((x) => x.line) });
        }
        if (this.duplicateCount > 0) {
            const pairs = this.duplicates.map(([line, first]) => `line ${line} = line ${first}`).join('; ');
            this.addFinding('warning', 'duplicate', `${this.duplicateCount.toLocaleString('en-US')} of ${examples.toLocaleString('en-US')} examples duplicate an earlier line (${pairs}${this.duplicateCount > this.duplicates.length ? '; ...' : ''}).`, 'Keep one copy of each: a duplicate weighs its example twice and can leak into the validation split.', undefined, { count: this.duplicateCount, lines: this.duplicates.map(([line]) => line) });
        }
        if (this.withoutUserCount > 0) {
            const all = this.withoutUserCount === examples;
            this.addFinding('warning', 'missing-user', all
                ? `No example in the file has a user message: the model learns answers to nothing it will be asked.`
                : `${this.withoutUserCount.toLocaleString('en-US')} of ${examples.toLocaleString('en-US')} examples have no user message (lines ${lines(this.withoutUser, this.withoutUserCount)}).`, 'Add the user turn each assistant message answers.', undefined, { count: this.withoutUserCount, lines: this.withoutUser });
        }
        const estimated = this.stats.estimated;
        if (estimated > 0) {
            this.addFinding('notice', 'estimated-tokens', `${estimated.toLocaleString('en-US')} example${estimated === 1 ? "'s token count is an estimate" : "s' token counts are estimates"} (lines ${lines(this.estimatedLines, estimated)}): tools, tool calls and tool messages are rendered by the service in a way no template publishes. Counted as: ${TOOL_RENDERING}`, undefined, undefined, { count: estimated, lines: this.estimatedLines });
        }
        const golden = this.options.goldenLines;
        if (golden && this.leaked.size > 0) {
            let leakedExamples = 0;
            const pairs = [];
            const trainingLines = [];
            for (const [hash, line] of [...this.leaked].sort((a, b) => a[1] - b[1])) {
                const g = golden.get(hash);
                if (!g)
                    continue;
                leakedExamples += g.count;
                if (pairs.length < SUMMARY_LINES) {
                    pairs.push(`golden line ${g.line} = line ${line}`);
                    trainingLines.push(line);
                }
            }
            const total = Math.max(this.options.goldenExamples ?? leakedExamples, leakedExamples, 1);
            const share = leakedExamples / total;
            const threshold = this.options.goldenLeakageShare ?? DEFAULT_GOLDEN_LEAKAGE_SHARE;
            const percent = (x) => `${Math.round(x * 1000) / 10}%`;
            this.addFinding(share > threshold ? 'error' : 'warning', 'golden-contamination', `${leakedExamples.toLocaleString('en-US')} of ${total.toLocaleString('en-US')} golden examples (${percent(share)}) ask a question that is in this file (${pairs.join('; ')}${this.leaked.size > pairs.length ? '; ...' : ''}): an evaluation on training data measures memorization, not the fine-tune. ${share > threshold ? 'Above' : 'At or below'} the ${percent(threshold)} allowed by golden-leakage-share.`, `Keep those questions in one of the two files: move them out of ${this.options.goldenPath ?? 'the golden set'} or out of this file.`, undefined, { count: leakedExamples, lines: trainingLines });
        }
    }
    systemFindings(examples) {
        if (examples === 0)
            return;
        if (this.withSystem === 0) {
            this.addFinding('warning', 'missing-system', `No example in the file has a system message. Fine if the deployed model is called without one too; otherwise the fine-tune learns behavior for a prompt it will never see.`, 'Add the system prompt you will use in production to every example.');
        }
        else if (this.withoutSystemCount > 0) {
            for (const line of this.withoutSystem) {
                this.addFinding('warning', 'missing-system', `has no system message, while ${this.withSystem.toLocaleString('en-US')} other example(s) have one.`, 'Use the same system prompt in every example (the one you deploy with).', line);
            }
            const rest = this.withoutSystemCount - this.withoutSystem.length;
            if (rest > 0) {
                this.warnings += rest;
                this.omitted += rest;
            }
        }
        const variants = [...this.systemVariants].sort((a, b) => b.count - a.count);
        if (variants.length > 1) {
            const shown = variants
                .slice(0, 5)
                .map((v) => `${v.count}x from line ${v.firstLine}: "${v.preview}"`)
                .join('; ');
            const total = this.systemVariantsOverflow
                ? `more than ${MAX_SYSTEM_VARIANTS}`
                : String(variants.length);
            this.addFinding('warning', 'system-prompt-variants', `The file has ${total} different system prompts (${shown}${variants.length > 5 ? '; ...' : ''}). The model learns each variant; production uses one.`, 'Use one system prompt (the production one) unless the variation is intended.');
        }
    }
    outlierFindings() {
        const h = this.histogram;
        if (h.count < 20)
            return;
        const q1 = h.percentile(0.25);
        const q3 = h.percentile(0.75);
        const threshold = Math.max(q3 + 3 * (q3 - q1), 2 * h.percentile(0.5));
        const outliers = this.longest.filter((x) => x.tokens > threshold).sort((a, b) => b.tokens - a.tokens);
        for (const o of outliers) {
            this.addFinding('warning', 'token-outlier', `is ${o.tokens.toLocaleString('en-US')} tokens, far above the file's median of ${h.percentile(0.5).toLocaleString('en-US')} (outlier threshold ${Math.round(threshold).toLocaleString('en-US')}: Q3 + 3 IQR).`, 'Check it is not several examples glued together, a pasted document or a runaway answer.', o.line);
        }
    }
    /**
     * One line of this file against the base revision, as multisets: a base line is matched at most once,
     * so a duplicate added in this file is an addition, not a second "unchanged". Unchanged: a base line
     * with the same example is still free. Changed: none is, but a base line with the same prompt is
     * (another answer). When an exact match finds that prompt taken by an earlier "changed" line, that line
     * was an addition after all (the base example it was paired with is this one), whatever the order.
     */
    countDiff(base, exHi, exLo, hasPrompt, prHi, prLo) {
        const available = (table, used, hi, lo) => {
            const total = base.values === 'counts' ? (table.lookup(hi, lo) ?? 0) : table.lookup(hi, lo) === undefined ? 0 : 1;
            return (used.lookup(hi, lo) ?? 0) < total;
        };
        const used = this.baseUsed;
        const promptFree = hasPrompt && available(base.prompts, used.prompts, prHi, prLo);
        if (available(base.examples, used.examples, exHi, exLo)) {
            used.examples.add(exHi, exLo, 1);
            this.diffCounts.unchanged += 1;
            if (!hasPrompt)
                return;
            if (promptFree)
                used.prompts.add(prHi, prLo, 1);
            else if (this.diffCounts.changed > 0) {
                this.diffCounts.changed -= 1;
                this.diffCounts.added += 1;
            }
        }
        else if (promptFree) {
            used.prompts.add(prHi, prLo, 1);
            this.diffCounts.changed += 1;
        }
        else {
            this.diffCounts.added += 1;
        }
    }
    /**
     * Examples added, changed (same prompt, different answer) and unchanged against the base revision; they
     * add up: base examples = unchanged + changed + removed, and this file = unchanged + changed + added.
     */
    diff() {
        const base = this.options.base;
        if (!base)
            return { ...this.diffCounts };
        const removed = Math.max(0, base.count - this.diffCounts.unchanged - this.diffCounts.changed);
        return { ...this.diffCounts, removed };
    }
}

;// CONCATENATED MODULE: ./src/dataset/estimate.ts
/**
 * Epochs when none is set: the rule of OpenAI's fine-tuning data-preparation guide (target 3 epochs,
 * but at least 100 and at most 25,000 example passes, within 1..25 epochs), which Azure's defaults follow.
 */
function defaultEpochs(examples) {
    const target = 3;
    if (examples <= 0)
        return target;
    if (examples * target < 100)
        return Math.min(25, Math.floor(100 / examples));
    if (examples * target > 25_000)
        return Math.max(1, Math.floor(25_000 / examples));
    return target;
}
function estimateTraining(examples, tokens, epochs, pricePer1kTokens, estimatedExamples = 0) {
    const chosen = epochs ?? defaultEpochs(examples);
    const billedTokens = tokens * chosen;
    return {
        examples,
        tokens,
        estimatedExamples,
        epochs: chosen,
        epochsSource: epochs === undefined ? 'rule' : 'input',
        billedTokens,
        pricePer1kTokens,
        cost: pricePer1kTokens === undefined ? undefined : (billedTokens / 1000) * pricePer1kTokens,
    };
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
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
function* llama_words(text) {
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
        for (const word of llama_words(` ${text}`)) {
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
        const module = (await __nccwpck_require__.e(/* import() */ 817).then(__nccwpck_require__.bind(__nccwpck_require__, 6817))).default;
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
        return (await __nccwpck_require__.e(/* import() */ 913).then(__nccwpck_require__.bind(__nccwpck_require__, 8294))).default;
    return (await __nccwpck_require__.e(/* import() */ 718).then(__nccwpck_require__.bind(__nccwpck_require__, 718))).default;
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

;// CONCATENATED MODULE: ./src/dataset/pipeline.ts
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
        tokenizer: config.tokenizer ? await tokenizerFromHandle(config.tokenizer) : undefined,
        promptHashes: config.promptHashes,
        goldenQuestions: config.goldenQuestions ? new Set(config.goldenQuestions) : undefined,
        maxLineBytes: config.maxLineBytes,
        method: config.method,
    };
}
function analyzeIn(session, chunk) {
    if (chunk.tooLong) {
        return analyzeTooLong(chunk.tooLong.head, chunk.tooLong.length, session.options, session.previews);
    }
    return analyzeChunk(chunk.data, chunk.lines, session.options, session.previews);
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
    const source = external_node_path_default().join(external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url)), ['worker', 'ts'].join('.'));
    if ((0,external_node_fs_namespaceObject.existsSync)(source))
        return source;
    const entry = bundledEntry();
    return entry && (0,external_node_fs_namespaceObject.existsSync)(entry) ? entry : undefined;
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
            previews: new PreviewTracker(),
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
class pipeline_Analyzer {
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
        const wanted = threads ?? Math.min(2, external_node_os_default().availableParallelism());
        const pool = new BufferPool(chunkBytes, wanted * WORKER_QUEUE + 2);
        const lanes = [];
        const analyzer = new pipeline_Analyzer(lanes, pool);
        if (wanted > 1) {
            const script = workerScript();
            if (!script)
                log?.('Dataset analysis runs on 1 thread: this build has no worker entry.');
            for (let i = 0; script && i < wanted; i++) {
                const worker = new external_node_worker_threads_namespaceObject.Worker(script, {
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
            const shared = await tokenizerHandle(config.tokenizer);
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
        const scan = await scanChunks(read, { maxLineBytes, pool: file.pool }, async (chunk) => {
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

;// CONCATENATED MODULE: ./src/dataset/split.ts
/**
 * The deterministic train/validation split: each example's key is a hash of the seed and the line's
 * bytes, and the `round(n * ratio)` examples with the smallest keys (ties by line) are held out. The
 * same seed and data give the same split on every machine, whatever the order of the lines, and
 * validate and train compute it the same way.
 */
/** How many examples the split holds out: at least one, and at least one left to train on. */
function validationSize(examples, ratio) {
    if (ratio <= 0 || examples < 2)
        return 0;
    return Math.min(examples - 1, Math.max(1, Math.round(examples * ratio)));
}
/**
 * Positions (into `keys`, in file order) of the examples held out for validation, ascending: the k
 * smallest keys, ties broken by line (by position when `lines` is omitted: entries are in file order).
 * Found through the k-th smallest key (a native numeric sort), so no comparator runs per pair.
 */
function selectValidation(keys, lines, ratio) {
    const k = validationSize(keys.length, ratio);
    if (k === 0)
        return new Uint32Array(0);
    const threshold = Float64Array.from(keys).sort()[k - 1];
    let below = 0;
    for (let i = 0; i < keys.length; i++)
        if (keys[i] < threshold)
            below += 1;
    // Entries are in file order, but ties go by line number: take the tied ones with the lowest lines.
    const tied = [];
    for (let i = 0; i < keys.length; i++)
        if (keys[i] === threshold)
            tied.push(i);
    if (lines)
        tied.sort((a, b) => lines[a] - lines[b]);
    const chosen = new Set(tied.slice(0, k - below));
    const held = new Uint32Array(k);
    let n = 0;
    for (let i = 0; i < keys.length; i++)
        if (keys[i] < threshold || chosen.has(i))
            held[n++] = i;
    return held;
}

;// CONCATENATED MODULE: external "node:crypto"
const external_node_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");
;// CONCATENATED MODULE: ./src/dataset/golden-id.ts


/** Stable id of a golden prompt: the same messages give the same id on every run and machine. */
function goldenExampleId(messages) {
    return (0,external_node_crypto_namespaceObject.createHash)('sha256').update(canonicalMessages(messages)).digest('hex').slice(0, 16);
}

;// CONCATENATED MODULE: ./src/dataset/validate.ts









const TOKENIZER_NAMES = {
    'llama-sentencepiece': 'Llama 2 SentencePiece (llama-tokenizer-js)',
    o200k: 'o200k_base (js-tiktoken ranks)',
    cl100k: 'cl100k_base (js-tiktoken ranks)',
};
/** Longest line read as one example; longer lines are an error, never buffered. */
const DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;
/** Names of the settings, so file errors say which input to fix (the action's words by default). */
const INPUT_NAMES = {
    training: 'training-file (data.training)',
    validation: 'validation-file (data.validation)',
    golden: 'golden-file (data.golden)',
};
async function streamInto(ctx, read, config, accumulator, golden) {
    const file = await ctx.analyzer.open(config);
    return analyzeStream(file, read, ctx.maxLineBytes, (place, results) => {
        accumulator.addChunk(results, place.firstLine, place.bom);
        if (!golden)
            return;
        for (const extra of results.extras) {
            if (!extra.golden || extra.findings?.some((f) => f.severity === 'error'))
                continue;
            const line = place.firstLine + extra.index;
            golden.push({
                line,
                id: goldenExampleId(extra.golden.messages),
                messages: extra.golden.messages,
                expected: extra.golden.expected,
            });
        }
    });
}
function emptyReport(path, role, findings) {
    return {
        path,
        role,
        bytes: 0,
        lines: 0,
        stats: {
            examples: 0,
            turns: 0,
            messagesByRole: { system: 0, user: 0, assistant: 0, tool: 0 },
            tokens: { total: 0, p50: 0, p95: 0, max: 0, mean: 0 },
            assistantTokens: 0,
            trainedTokens: 0,
            estimatedExamples: 0,
        },
        findings,
        errors: findings.filter((f) => f.severity === 'error').length,
        warnings: findings.filter((f) => f.severity === 'warning').length,
        omitted: 0,
        codes: Object.fromEntries(findings.map((f) => [f.code, { severity: f.severity, total: 1, shown: 1 }])),
        formats: {},
    };
}
async function runFile(ctx, path, role, extra) {
    const opened = await openDatasetFile(ctx.options.root, path, ctx.options.settingNames?.[role] ?? INPUT_NAMES[role], ctx.options.relativeTo);
    if (!opened.ok)
        return { report: emptyReport(path, role, opened.findings) };
    const countTokens = ctx.options.countTokens !== false;
    const accumulator = new FileAccumulator({
        path,
        role,
        overlapWith: extra.overlapWith,
        goldenLines: extra.goldenLines,
        goldenPath: extra.goldenPath,
        goldenExamples: extra.goldenExamples,
        goldenLeakageShare: ctx.options.goldenLeakageShare,
        splitSeed: extra.splitSeed,
        base: extra.base,
        method: ctx.options.method,
        model: { id: ctx.options.model.id, methods: ctx.options.model.methods },
    });
    for (const f of opened.findings)
        accumulator.addFinding(f.severity, f.code, f.message, f.hint);
    const config = {
        role,
        model: modelFacts(ctx.options.model),
        tokenizer: countTokens ? ctx.options.model.tokenizer : undefined,
        promptHashes: extra.base !== undefined,
        goldenQuestions: extra.goldenLines ? [...extra.goldenLines.keys()] : undefined,
        maxLineBytes: ctx.maxLineBytes,
        method: ctx.options.method,
    };
    const golden = role === 'golden' ? [] : undefined;
    const started = Date.now();
    const scan = await withFileReader(opened.absolute, (read) => streamInto(ctx, read, config, accumulator, golden));
    ctx.options.log?.(`${path}: ${scan.lines.toLocaleString('en-US')} lines in ${((Date.now() - started) / 1000).toFixed(1)}s`);
    return { report: accumulator.finish(scan.bytes, countTokens), accumulator, golden };
}
/** The file at the base revision, as an index of its examples (no findings). */
async function baseIndex(ctx, path, role) {
    const base = ctx.options.base;
    if (!base)
        return undefined;
    let source;
    try {
        source = await base.readFile(path);
    }
    catch (e) {
        ctx.options.log?.(`Could not read ${path} at ${base.ref}: ${e.message}. No diff for it.`);
        return undefined;
    }
    if (!source)
        return 'absent';
    const accumulator = new FileAccumulator({ path, role, quiet: true });
    const config = {
        role,
        model: modelFacts(ctx.options.model),
        tokenizer: ctx.options.countTokens !== false ? ctx.options.model.tokenizer : undefined,
        promptHashes: true,
        maxLineBytes: ctx.maxLineBytes,
        method: ctx.options.method,
    };
    try {
        await streamInto(ctx, iterableReader(source), config, accumulator);
    }
    catch (e) {
        ctx.options.log?.(`Could not read ${path} at ${base.ref}: ${e.message}. No diff for it.`);
        return undefined;
    }
    return accumulator.index();
}
function diffReport(ref, run, base) {
    const head = run.accumulator;
    const newFile = base === 'absent';
    const counts = newFile ? { added: head.exampleCount, removed: 0, changed: 0, unchanged: 0 } : head.diff();
    return {
        ref,
        path: run.report.path,
        role: run.report.role,
        newFile,
        ...counts,
        baseExamples: newFile ? 0 : base.count,
        baseTokens: newFile ? 0 : base.tokens,
        tokenDelta: run.report.stats.tokens.total - (newFile ? 0 : base.tokens),
    };
}
/** Golden question hashes (normalized last user message) -> first golden line, and how many ask it. */
function goldenQuestions(examples) {
    const map = new Map();
    for (const g of examples) {
        const question = [...g.messages].reverse().find((m) => m.role === 'user');
        if (question && typeof question.content === 'string') {
            const h = questionHash(question.content);
            const seen = map.get(h);
            if (seen)
                seen.count += 1;
            else
                map.set(h, { line: g.line, count: 1 });
        }
    }
    return map;
}
async function validateDatasets(options) {
    const started = Date.now();
    const analyzer = pipeline_Analyzer.create(options.threads, options.log, options.chunkBytes);
    const ctx = { analyzer, options, maxLineBytes: options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES };
    try {
        const runs = [];
        const diffs = [];
        const withDiff = async (run, base) => {
            if (base !== undefined && run.accumulator && options.base)
                diffs.push(diffReport(options.base.ref, run, base));
        };
        let goldenLines;
        let goldenExamples = 0;
        if (options.golden) {
            const base = await baseIndex(ctx, options.golden, 'golden');
            const golden = await runFile(ctx, options.golden, 'golden', {
                base: base === 'absent' ? undefined : base,
            });
            runs.push(golden);
            await withDiff(golden, base);
            goldenLines = goldenQuestions(golden.golden ?? []);
            goldenExamples = golden.golden?.length ?? 0;
        }
        const splitRatio = options.splitRatio ?? 0;
        const splitting = !options.validation && splitRatio > 0;
        const splitSeed = splitting ? (options.splitSeed ?? 'foundry-finetune') : undefined;
        const trainingBase = await baseIndex(ctx, options.training, 'training');
        const training = await runFile(ctx, options.training, 'training', {
            goldenLines,
            goldenPath: options.golden,
            goldenExamples,
            splitSeed,
            base: trainingBase === 'absent' ? undefined : trainingBase,
        });
        runs.unshift(training);
        await withDiff(training, trainingBase);
        if (options.validation) {
            const validationBase = await baseIndex(ctx, options.validation, 'validation');
            const validation = await runFile(ctx, options.validation, 'validation', {
                overlapWith: training.accumulator?.index(),
                goldenLines,
                goldenPath: options.golden,
                goldenExamples,
                base: validationBase === 'absent' ? undefined : validationBase,
            });
            runs.splice(1, 0, validation);
            await withDiff(validation, validationBase);
        }
        // The thread count is part of the report: wait for workers still starting (small files). Then the
        // workers go, before the split's arrays are built.
        await analyzer.settle();
        const threads = analyzer.threads;
        await analyzer.close();
        const trainStats = training.report.stats;
        let trainExamples = trainStats.examples;
        let trainTokens = trainStats.tokens.total;
        let split;
        if (splitting && training.accumulator) {
            const entries = training.accumulator.splitEntries();
            const held = selectValidation(entries.keys, undefined, splitRatio);
            let heldTokens = 0;
            for (const i of held)
                heldTokens += entries.tokens[i];
            split = {
                ratio: splitRatio,
                seed: splitSeed,
                training: entries.keys.length - held.length,
                validation: held.length,
            };
            trainExamples = split.training;
            trainTokens -= heldTokens;
        }
        const estimate = estimateTraining(trainExamples, trainTokens, options.epochs, options.pricePer1kTokens, trainStats.estimatedExamples);
        const files = runs.map((r) => r.report);
        const errors = files.reduce((n, f) => n + f.errors, 0);
        const warnings = files.reduce((n, f) => n + f.warnings, 0);
        const tokenizer = {
            name: options.countTokens === false
                ? 'none (structural checks only)'
                : TOKENIZER_NAMES[options.model.tokenizer],
            loadMs: Math.round(analyzer.tokenizerLoadMs ?? 0),
            exact: options.countTokens !== false && files.every((f) => f.stats.estimatedExamples === 0),
            threads,
        };
        const withAssumption = files.some((f) => f.stats.estimatedExamples > 0)
            ? { ...tokenizer, assumedRendering: TOOL_RENDERING }
            : tokenizer;
        return {
            ok: errors === 0,
            model: options.model.id,
            method: options.method ?? 'sft',
            tokenizer: withAssumption,
            files,
            errors,
            warnings,
            split,
            diff: diffs,
            estimate,
            elapsedMs: Date.now() - started,
        };
    }
    finally {
        await analyzer.close();
    }
}
/** The golden file alone, checked and parsed (used by `loadGoldenSet`). */
async function validateGoldenFile(root, file, model) {
    const analyzer = Analyzer.create(1);
    try {
        const ctx = {
            analyzer,
            options: { root, model, training: file },
            maxLineBytes: DEFAULT_MAX_LINE_BYTES,
        };
        const run = await runFile(ctx, file, 'golden', {});
        return { file, examples: run.golden ?? [], findings: run.report.findings };
    }
    finally {
        await analyzer.close();
    }
}

;// CONCATENATED MODULE: ./src/dataset/convert.ts
/**
 * `convert`: a dataset in another tool's format to Azure's chat JSONL (preference pairs to Azure's DPO
 * shape, evaluation items to the golden shape), line by line and faithfully: every field that carries
 * meaning is mapped or reported, never dropped in silence, and the input is never written over. What a
 * line cannot be mapped to (an image, a grader's prompt) leaves that line out of the output and is
 * reported with its line number.
 */








const convert_isObject = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const convert_fail = (reason) => ({ ok: false, reason });
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
        else if (convert_isObject(p) && (p.type === 'text' || p.type === undefined) && typeof p.text === 'string')
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
        if (!convert_isObject(m))
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
    return list.map((t) => convert_isObject(t) && t.type === 'function' && convert_isObject(t.function) ? t : { type: 'function', function: t });
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
        if (!convert_isObject(t))
            return convert_fail(`conversation turn ${i + 1} is not an object`);
        const from = String(t.from ?? t.role ?? '');
        const value = t.value ?? t.content;
        if (from === 'function_call') {
            let call = value;
            try {
                if (typeof value === 'string')
                    call = JSON.parse(value);
            }
            catch {
                return convert_fail(`turn ${i + 1} (function_call) is not JSON {name, arguments}`);
            }
            if (!convert_isObject(call) || typeof call.name !== 'string')
                return convert_fail(`turn ${i + 1} (function_call) has no function name`);
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
                return convert_fail(`turn ${i + 1} (${from}) answers no function_call before it`);
            messages.push({
                role: 'tool',
                tool_call_id: lastCall,
                content: typeof value === 'string' ? value : JSON.stringify(value),
            });
            continue;
        }
        const role = SHAREGPT_ROLES[from.toLowerCase()];
        if (!role)
            return convert_fail(`turn ${i + 1} comes from '${from}', which has no chat role`);
        if (typeof value !== 'string')
            return convert_fail(`turn ${i + 1} has a value that is not text`);
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
        if (convert_isObject(p) && typeof p.text === 'string')
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
        const text = convert_isObject(system) ? partsText(system.parts, notes) : partsText(system, notes);
        if (text === undefined)
            return convert_fail('systemInstruction has parts that are not text');
        messages.push({ role: 'system', content: text });
    }
    const calls = [];
    const contents = obj.contents;
    for (let i = 0; i < contents.length; i++) {
        const c = contents[i];
        if (!convert_isObject(c) || !Array.isArray(c.parts))
            return convert_fail(`contents ${i + 1} has no parts`);
        const role = c.role === 'model'
            ? 'assistant'
            : c.role === 'user'
                ? 'user'
                : c.role === 'function'
                    ? 'tool'
                    : undefined;
        if (!role)
            return convert_fail(`contents ${i + 1} has role '${String(c.role)}', which has no chat role`);
        const texts = [];
        const toolCalls = [];
        for (const [j, p] of c.parts.entries()) {
            if (!convert_isObject(p))
                return convert_fail(`contents ${i + 1}, part ${j + 1} is not an object`);
            if (typeof p.text === 'string')
                texts.push(p.text);
            else if (convert_isObject(p.functionCall)) {
                const id = callId(i, j);
                calls.push({ id, name: String(p.functionCall.name) });
                toolCalls.push(toolCall(id, p.functionCall.name, p.functionCall.args));
            }
            else if (convert_isObject(p.functionResponse)) {
                const name = String(p.functionResponse.name);
                const call = [...calls].reverse().find((x) => x.name === name);
                if (!call)
                    return convert_fail(`contents ${i + 1}: a functionResponse for '${name}' answers no functionCall`);
                messages.push({
                    role: 'tool',
                    tool_call_id: call.id,
                    content: JSON.stringify(p.functionResponse.response ?? {}),
                });
            }
            else
                return convert_fail(`contents ${i + 1}, part ${j + 1} is not text (an image or file): a text model cannot train on it`);
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
        const declarations = obj.tools.flatMap((t) => convert_isObject(t) && Array.isArray(t.functionDeclarations) ? t.functionDeclarations : []);
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
        if (!convert_isObject(m))
            return convert_fail(`message ${i + 1} is not an object`);
        const { function_call: call, ...rest } = m;
        if (call !== undefined) {
            if (!convert_isObject(call) || typeof call.name !== 'string')
                return convert_fail(`message ${i + 1} has a function_call without a name`);
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
                return convert_fail(`message ${i + 1} (function) answers no function_call before it`);
            messages.push({
                role: 'tool',
                tool_call_id: match.id,
                content: typeof m.content === 'string' ? m.content : JSON.stringify(m.content),
            });
            continue;
        }
        const normalized = normalizeChat([m], notes);
        if (typeof normalized === 'string')
            return convert_fail(`message ${i + 1}: ${normalized}`);
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
        return convert_fail(`chosen ${chosen}`);
    if (typeof rejected === 'string')
        return convert_fail(`rejected ${rejected}`);
    let prompt;
    let preferred = chosen;
    let nonPreferred = rejected;
    if (obj.prompt !== undefined) {
        const p = asMessages(obj.prompt, 'user', notes);
        if (typeof p === 'string')
            return convert_fail(`prompt ${p}`);
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
            return convert_fail('chosen and rejected share no prompt (and there is no `prompt`)');
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
            return convert_fail(messages);
        out.messages = messages;
        extraKeys(obj, ['id', 'messages', 'expected', 'metadata', 'tools'], notes);
    }
    else {
        const key = ['input', 'question', 'prompt', 'query'].find((k) => typeof obj[k] === 'string');
        if (!key)
            return convert_fail('has `expected` but no question (input, question, prompt or messages)');
        out.messages = [{ role: 'user', content: obj[key] }];
        extraKeys(obj, ['id', key, 'expected', 'metadata'], notes);
    }
    out.expected = obj.expected;
    if (obj.metadata !== undefined)
        out.metadata = obj.metadata;
    return { ok: true, value: out, target: 'golden', notes };
}
/** One line's conversion, by its detected format. */
function convertLine(obj, format = detectFormat(obj)) {
    const notes = [];
    switch (format) {
        case 'chat':
        case 'vision': {
            const messages = normalizeChat(obj.messages, notes);
            if (typeof messages === 'string')
                return convert_fail(messages);
            return { ok: true, value: { ...obj, messages }, target: 'chat', notes };
        }
        case 'prompt-completion':
            extraKeys(obj, ['prompt', 'completion'], notes);
            if (typeof obj.prompt !== 'string' || typeof obj.completion !== 'string')
                return convert_fail('prompt or completion is not a string');
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
            return convert_fail('a reinforcement fine-tuning prompt has no assistant answer to train on');
        case 'unknown':
            return convert_fail('not a dataset format this tool knows');
    }
}
const MAX_UNMAPPED_LISTED = 50;
/** Same file, by path or by identity: never write over the input. */
async function sameFile(a, b) {
    if (external_node_path_default().resolve(a) === external_node_path_default().resolve(b))
        return true;
    try {
        const [x, y] = await Promise.all([(0,promises_namespaceObject.stat)(a), (0,promises_namespaceObject.stat)(b)]);
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
    (0,external_node_fs_namespaceObject.realpathSync)(inAbs); // a missing input fails here, before the output is created
    const out = (0,external_node_fs_namespaceObject.createWriteStream)(outAbs);
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
        await scanLines(readStream(inAbs), { maxLineBytes: DEFAULT_MAX_LINE_BYTES }, async (batch) => {
            let chunk = '';
            for (let i = 0; i < batch.ends.length; i++) {
                const line = batch.firstLine + i;
                const bytes = lineBytes(batch, i);
                if (isBlankLine(bytes))
                    continue;
                report.lines += 1;
                if (batch.flags[i] & LINE_TOO_LONG) {
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
                if (!convert_isObject(obj)) {
                    unmapped(line, 'not a JSON object');
                    continue;
                }
                const format = detectFormat(obj);
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

;// CONCATENATED MODULE: ./src/dataset/worker.ts
/** Entry of a dataset worker thread: analyzes chunks of lines for the main thread's pipeline. */



/** True in a thread started by the pipeline (also when the thread runs a bundled entry file). */
function isDatasetWorker() {
    return external_node_worker_threads_namespaceObject.parentPort !== null && !!external_node_worker_threads_namespaceObject.workerData?.[WORKER_FLAG];
}
let running = false;
/**
 * Serves the pipeline's requests on this thread. Idempotent: a bundled entry calls it, and so does this
 * module when it is the thread's own entry (running from source).
 */
function runDatasetWorker() {
    const port = external_node_worker_threads_namespaceObject.parentPort;
    if (!port || running)
        return;
    running = true;
    const sessions = new Map();
    const reply = (message, transfer = []) => port.postMessage(message, transfer);
    port.on('message', (m) => {
        if (m.type === 'config') {
            const session = resolveOptions(m.config).then((options) => ({
                options,
                previews: new PreviewTracker(),
            }));
            session.catch(() => undefined);
            sessions.set(m.configId, session);
            return;
        }
        if (m.type === 'release') {
            sessions.delete(m.configId);
            return;
        }
        const session = sessions.get(m.configId);
        if (!session) {
            reply({ id: m.id, error: `dataset worker: unknown file ${m.configId}` });
            return;
        }
        session.then((s) => {
            try {
                const results = analyzeIn(s, m);
                // The chunk's buffer goes back too, to be filled with the next chunk.
                const buffer = m.data.buffer;
                reply({ id: m.id, results, buffer, loadMs: s.options.tokenizer?.loadMs }, [
                    results.info.buffer,
                    results.nums.buffer,
                    buffer,
                ]);
            }
            catch (e) {
                reply({ id: m.id, error: e instanceof Error ? e.message : String(e) });
            }
        }, (e) => reply({ id: m.id, error: e instanceof Error ? e.message : String(e) }));
    });
    reply({ ready: true });
}
if (isDatasetWorker())
    runDatasetWorker();

;// CONCATENATED MODULE: ./src/cli.ts
/**
 * The dataset commands from a terminal, with no cloud and no GitHub:
 * - `foundry-finetune validate [training.jsonl] [options]`: the pull request check. It reads
 *   `.github/finetune.yml` (or `--config FILE`) as the action does, so a terminal gives CI's verdict;
 *   options override the file. Exit 0 when valid, 1 when not, 2 on a usage error.
 * - `foundry-finetune convert <file> [--out FILE]`: another tool's format to chat JSONL (never in place).
 *   Exit 0 when every line was mapped, 1 when some could not be, 2 on a usage error.
 */












const USAGE = `Usage: foundry-finetune validate [training.jsonl] [options]
       foundry-finetune convert <file.jsonl> [--out <new.jsonl>] [--json]

validate checks datasets the way the GitHub Action does on a pull request. It reads
.github/finetune.yml (or --config) like the action; options override the file.

Options of validate:
  --config <file>          config file (default .github/finetune.yml, if it exists)
  --validation <file>      validation data (default: a seeded split of the training file)
  --golden <file>          golden evaluation set, checked and compared with the training data
  --model <id>             ${modelIds().join(', ')}
  --method <sft|dpo>       training method: chat examples (sft) or preference pairs (dpo)
  --split-ratio <0..0.5>   share held out when there is no validation file (default 0.1)
  --split-seed <text>      seed of the split (default foundry-finetune)
  --epochs <n>             epochs for the estimate (default: chosen from the example count)
  --price-per-1k <amount>  your price per 1,000 billed tokens, for a cost estimate
  --golden-leakage-share <0..1>  share of golden examples in the training data that is an error (default 0.1)
  --fail-on <level>        error (default), warning or never
  --threads <n>            analysis threads (default: cores, at most 2)
  --json                   print the result as JSON (its shape: README, "The --json report")

convert writes another tool's format (prompt/completion, ShareGPT, Gemini, functions, TRL
preference pairs, evaluation items) as Azure's chat JSONL (DPO pairs, golden items), reporting
every line it could not map. --out defaults to <name>.chat.jsonl beside the input.

  -h, --help               show this help
  --version                print the version

Exit status: 0 valid (convert: every line mapped), 1 invalid (convert: some lines not mapped), 2 usage error.`;
class UsageError extends Error {
}
function number(name, raw, min, max, integer = false) {
    if (raw === undefined)
        return undefined;
    const value = Number(raw);
    if (raw.trim() === '' ||
        !Number.isFinite(value) ||
        value < min ||
        value > max ||
        (integer && !Number.isInteger(value))) {
        throw new UsageError(`--${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}; got '${raw}'.`);
    }
    return value;
}
function oneOf(name, raw, values) {
    if (raw === undefined)
        return undefined;
    if (!values.includes(raw))
        throw new UsageError(`--${name} must be ${values.join(', ').replace(/, ([^,]*)$/, ' or $1')}; got '${raw}'.`);
    return raw;
}
/** Parses the command line (without `node` and the script). Throws UsageError. */
function parseCli(argv) {
    let parsed;
    try {
        parsed = (0,external_node_util_namespaceObject.parseArgs)({
            args: [...argv],
            allowPositionals: true,
            options: {
                validation: { type: 'string' },
                golden: { type: 'string' },
                config: { type: 'string' },
                model: { type: 'string' },
                method: { type: 'string' },
                'split-ratio': { type: 'string' },
                'split-seed': { type: 'string' },
                epochs: { type: 'string' },
                'price-per-1k': { type: 'string' },
                'golden-leakage-share': { type: 'string' },
                'fail-on': { type: 'string' },
                threads: { type: 'string' },
                out: { type: 'string' },
                json: { type: 'boolean' },
                help: { type: 'boolean', short: 'h' },
                version: { type: 'boolean' },
            },
        });
    }
    catch (e) {
        // Node's message spells out the fix at length; the first sentence says what is wrong.
        throw new UsageError(e.message.split('. ')[0].replace(/\.$/, '') + '.');
    }
    const { values, positionals } = parsed;
    if (values.help)
        return 'help';
    if (values.version)
        return 'version';
    const [command, file, ...extra] = positionals;
    if (command === 'convert') {
        if (!file)
            throw new UsageError('convert needs the file to convert: foundry-finetune convert <file.jsonl>.');
        if (extra.length > 0)
            throw new UsageError(`Unexpected argument '${extra[0]}'; convert takes one file.`);
        return { command: 'convert', input: file, out: values.out, json: values.json ?? false };
    }
    if (command !== 'validate') {
        throw new UsageError(command
            ? `Unknown command '${command}': the CLI runs validate and convert.`
            : 'Missing the command: validate or convert.');
    }
    if (extra.length > 0)
        throw new UsageError(`Unexpected argument '${extra[0]}'; use --validation and --golden for more files.`);
    if (values.out !== undefined)
        throw new UsageError('--out is an option of convert, not validate.');
    if (values.model !== undefined && !findModel(values.model))
        throw new UsageError(`--model must be one of ${modelIds().join(', ')}; got '${values.model}'.`);
    return {
        command: 'validate',
        training: file,
        validation: values.validation,
        golden: values.golden,
        config: values.config,
        model: values.model,
        method: oneOf('method', values.method, ['sft', 'dpo']),
        splitRatio: number('split-ratio', values['split-ratio'], 0, 0.5),
        splitSeed: values['split-seed'],
        epochs: number('epochs', values.epochs, 1, 50, true),
        pricePer1k: number('price-per-1k', values['price-per-1k'], 0, Number.MAX_SAFE_INTEGER),
        goldenLeakageShare: number('golden-leakage-share', values['golden-leakage-share'], 0, 1),
        failOn: oneOf('fail-on', values['fail-on'], ['error', 'warning', 'never']),
        threads: number('threads', values.threads, 1, 64, true),
        json: values.json ?? false,
    };
}
/** The action's inputs, as the CLI options set them: the config file fills in the rest. */
function inputsOf(options) {
    const text = (n) => (n === undefined ? undefined : String(n));
    return {
        'config-file': options.config,
        'training-file': options.training,
        'validation-file': options.validation,
        'golden-file': options.golden,
        model: options.model,
        'training-method': options.method,
        'split-ratio': text(options.splitRatio),
        'split-seed': options.splitSeed,
        epochs: text(options.epochs),
        'price-per-1k-training-tokens': text(options.pricePer1k),
        'golden-leakage-share': text(options.goldenLeakageShare),
        'fail-on': options.failOn,
    };
}
/** The Config the action would build here, from the config file and the options. */
function cliConfig(options, cwd) {
    const inputs = inputsOf(options);
    return buildConfig({
        getInput: (name) => inputs[name] ?? '',
        readFile: (relative) => {
            const file = external_node_path_default().resolve(cwd, relative);
            return (0,external_node_fs_namespaceObject.existsSync)(file) ? (0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8') : undefined;
        },
        root: cwd,
    });
}
/** What each file's path is called in messages: nothing when it was given here, its key when it came from the config file. */
function settingNames(options, config) {
    const where = (key, given) => given !== undefined || !config.configFile ? '' : `${key} in ${config.configFile}`;
    return {
        training: where('data.training', options.training),
        validation: where('data.validation', options.validation),
        golden: where('data.golden', options.golden),
    };
}
/** The vocabulary of token figures, defined once (tokenizers.md), carried by `--json`. */
const TOKEN_VOCABULARY = {
    tokens: "the whole sequence of an example under the model's tokenizer and chat template",
    trainedTokens: 'the tokens of assistant messages the loss covers (weight 1): their content and closing end marker',
    billedTokens: 'the tokens of the training split x epochs (Azure bills training tokens per epoch)',
};
/** Version of the `--json` shape: raised when a field changes meaning or goes away. */
const JSON_SCHEMA_VERSION = 1;
function findingJson(f) {
    return {
        severity: f.severity,
        code: f.code,
        ...(f.line === undefined ? {} : { line: f.line }),
        message: f.message,
        fix: f.hint ?? null,
        ...(f.count === undefined ? {} : { count: f.count, lines: f.lines ?? [] }),
    };
}
/** The `--json` shape (documented in the README, versioned by `schemaVersion`). */
function jsonResult(report, ok) {
    return {
        schemaVersion: JSON_SCHEMA_VERSION,
        ok,
        errors: report.errors,
        warnings: report.warnings,
        model: report.model,
        method: report.method,
        tokenizer: {
            name: report.tokenizer.name,
            exact: report.tokenizer.exact,
            assumedRendering: report.tokenizer.assumedRendering ?? null,
        },
        threads: report.tokenizer.threads,
        vocabulary: TOKEN_VOCABULARY,
        files: report.files.map((f) => ({
            path: f.path,
            role: f.role,
            bytes: f.bytes,
            lines: f.lines,
            formats: f.formats,
            examples: f.stats.examples,
            turns: f.stats.turns,
            messagesByRole: f.stats.messagesByRole,
            tokens: {
                total: f.stats.tokens.total,
                p50: f.stats.tokens.p50,
                p95: f.stats.tokens.p95,
                max: f.stats.tokens.max,
                mean: f.stats.tokens.mean,
                estimated: f.stats.estimatedExamples > 0,
                estimatedExamples: f.stats.estimatedExamples,
            },
            trainedTokens: f.stats.trainedTokens,
            errors: f.errors,
            warnings: f.warnings,
            codes: f.codes,
            findings: f.findings.map(findingJson),
            notListed: f.omitted,
        })),
        split: report.split ?? null,
        estimate: {
            examples: report.estimate.examples,
            tokens: report.estimate.tokens,
            epochs: report.estimate.epochs,
            epochsSource: report.estimate.epochsSource,
            billedTokens: report.estimate.billedTokens,
            estimated: report.estimate.estimatedExamples > 0,
            estimatedExamples: report.estimate.estimatedExamples,
            pricePer1kTokens: report.estimate.pricePer1kTokens ?? null,
            cost: report.estimate.cost ?? null,
        },
        diff: report.diff,
    };
}
const cli_int = (n) => n.toLocaleString('en-US');
function textResult(report, ok) {
    const lines = [];
    const approx = (estimated) => (estimated ? '≈' : '');
    for (const f of report.files) {
        const s = f.stats;
        const estimated = s.estimatedExamples > 0;
        lines.push(`${f.path} (${f.role}): ${cli_int(s.examples)} examples, ${approx(estimated)}${cli_int(s.tokens.total)} tokens (p50 ${cli_int(s.tokens.p50)}, p95 ${cli_int(s.tokens.p95)}, max ${cli_int(s.tokens.max)}), ${approx(estimated)}${cli_int(s.trainedTokens)} trained tokens, ${f.errors} error(s), ${f.warnings} warning(s)`);
        if (estimated)
            lines.push(`  ${cli_int(s.estimatedExamples)} example(s) counted with an assumed tool rendering (estimates)`);
        for (const x of f.findings) {
            const where = x.line === undefined ? x.file : `${x.file}:${x.line}`;
            lines.push(`  ${where}: ${x.severity} [${x.code}] ${x.message}${x.hint ? `\n      fix: ${x.hint}` : ''}`);
        }
        if (f.omitted > 0) {
            const over = Object.entries(f.codes)
                .filter(([, c]) => c.shown < c.total && c.total > (c.shown === 0 ? 0 : 1))
                .map(([code, c]) => `${code} ${cli_int(c.total)} (${cli_int(c.shown)} listed)`);
            lines.push(`  ... ${cli_int(f.omitted)} more finding(s) not listed${over.length > 0 ? `: ${over.join(', ')}` : ''}`);
        }
    }
    const e = report.estimate;
    const estimated = e.estimatedExamples > 0;
    lines.push(`estimate: ${approx(estimated)}${cli_int(e.tokens)} tokens x ${e.epochs} epochs = ${approx(estimated)}${cli_int(e.billedTokens)} billed tokens${e.cost === undefined ? '' : `, cost ${e.cost.toFixed(2)}`}`);
    if (report.tokenizer.assumedRendering)
        lines.push(`  (≈: estimates; tools counted as ${report.tokenizer.assumedRendering})`);
    if (report.split)
        lines.push(`split: ${cli_int(report.split.training)} training / ${cli_int(report.split.validation)} validation (seed ${report.split.seed})`);
    lines.push(ok ? 'valid' : 'INVALID');
    return lines.join('\n');
}
function convertText(r) {
    const lines = [
        `${r.input} -> ${r.output}: ${cli_int(r.written)} of ${cli_int(r.lines)} line(s) written (${Object.entries(r.formats)
            .map(([format, n]) => `${format} ${cli_int(n ?? 0)}`)
            .join(', ')})`,
    ];
    for (const [note, n] of Object.entries(r.notes))
        lines.push(`  note: ${note} (${cli_int(n)} line(s))`);
    for (const u of r.unmapped)
        lines.push(`  ${r.input}:${u.line}: not mapped: ${u.reason}`);
    if (r.unmappedCount > r.unmapped.length)
        lines.push(`  ... ${cli_int(r.unmappedCount - r.unmapped.length)} more line(s) not mapped`);
    if (r.written > 0)
        lines.push(`check it: foundry-finetune validate ${r.output}`);
    return lines.join('\n');
}
/** This package's version, from its package.json (found upward from this file, in sources or bundle). */
function packageVersion() {
    let dir = external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url));
    for (let i = 0; i < 5; i++) {
        const file = external_node_path_default().join(dir, 'package.json');
        if ((0,external_node_fs_namespaceObject.existsSync)(file)) {
            const pkg = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(file, 'utf8'));
            if (pkg.name === 'foundry-finetune' && pkg.version)
                return pkg.version;
        }
        dir = external_node_path_default().dirname(dir);
    }
    return 'unknown';
}
/** Runs the CLI; resolves to the exit status. */
async function runCli(argv, io) {
    const sink = io ?? { out: (t) => console.log(t), err: (t) => console.error(t), cwd: process.cwd() };
    let options;
    try {
        options = parseCli(argv);
    }
    catch (e) {
        if (!(e instanceof UsageError))
            throw e;
        sink.err(`foundry-finetune: ${e.message}\nRun 'foundry-finetune --help' for usage.`);
        return 2;
    }
    if (options === 'help') {
        sink.out(USAGE);
        return 0;
    }
    if (options === 'version') {
        sink.out(packageVersion());
        return 0;
    }
    if (options.command === 'convert') {
        const out = options.out ?? defaultOutput(options.input);
        let report;
        try {
            report = await convertFile(sink.cwd, options.input, out);
        }
        catch (e) {
            sink.err(`foundry-finetune: ${e.message}`);
            return 2;
        }
        sink.out(options.json
            ? JSON.stringify({ schemaVersion: JSON_SCHEMA_VERSION, ...report }, null, 2)
            : convertText(report));
        return report.unmappedCount > 0 ? 1 : 0;
    }
    let config;
    try {
        config = cliConfig(options, sink.cwd);
    }
    catch (e) {
        if (!(e instanceof ConfigError))
            throw e;
        sink.err(`foundry-finetune: ${e.message.replace(/input '([a-z0-9-]+)'/g, (_, name) => cliWord(name))}\nRun 'foundry-finetune --help' for usage.`);
        return 2;
    }
    if (!config.data.training) {
        sink.err(`foundry-finetune: no training file: give it (foundry-finetune validate <training.jsonl>) or set data.training in ${config.configFile ?? settingByInput('config-file').default}.\nRun 'foundry-finetune --help' for usage.`);
        return 2;
    }
    const report = await validateDatasets({
        root: sink.cwd,
        model: config.model,
        training: config.data.training,
        validation: config.data.validation,
        golden: config.data.golden,
        splitRatio: config.data.splitRatio,
        splitSeed: config.data.splitSeed,
        epochs: config.training.epochs,
        pricePer1kTokens: config.training.pricePer1kTokens,
        method: config.training.method,
        goldenLeakageShare: config.validation.goldenLeakageShare,
        settingNames: settingNames(options, config),
        relativeTo: 'the current directory',
        threads: options.threads,
    });
    const failOn = config.validation.failOn;
    const ok = failOn === 'never' || (report.errors === 0 && (failOn !== 'warning' || report.warnings === 0));
    sink.out(options.json ? JSON.stringify(jsonResult(report, ok), null, 2) : textResult(report, ok));
    return ok ? 0 : 1;
}
/** The CLI's name for an action input in a config error. */
function cliWord(input) {
    const words = {
        'training-file': 'the training file',
        'validation-file': '--validation',
        'golden-file': '--golden',
        'config-file': '--config',
        'training-method': '--method',
        'price-per-1k-training-tokens': '--price-per-1k',
    };
    return words[input] ?? `--${input}`;
}
const cli_self = (0,external_node_url_namespaceObject.fileURLToPath)(import.meta.url);
if (isDatasetWorker()) {
    runDatasetWorker();
}
else {
    globalThis[WORKER_ENTRY_KEY] = cli_self;
    const entry = process.argv[1] ? (0,external_node_url_namespaceObject.pathToFileURL)(external_node_path_default().resolve(process.argv[1])).href : '';
    if (entry === import.meta.url) {
        runCli(process.argv.slice(2)).then((code) => {
            process.exitCode = code;
        }, (e) => {
            console.error(`foundry-finetune: ${e instanceof Error ? e.message : String(e)}`);
            process.exitCode = 2;
        });
    }
}

var __webpack_exports__JSON_SCHEMA_VERSION = __webpack_exports__.iA;
var __webpack_exports__TOKEN_VOCABULARY = __webpack_exports__.bA;
var __webpack_exports__USAGE = __webpack_exports__.u_;
var __webpack_exports__UsageError = __webpack_exports__.eb;
var __webpack_exports__cliConfig = __webpack_exports__.$6;
var __webpack_exports__jsonResult = __webpack_exports__.Ao;
var __webpack_exports__packageVersion = __webpack_exports__.Tl;
var __webpack_exports__parseCli = __webpack_exports__.wE;
var __webpack_exports__runCli = __webpack_exports__.ak;
export { __webpack_exports__JSON_SCHEMA_VERSION as JSON_SCHEMA_VERSION, __webpack_exports__TOKEN_VOCABULARY as TOKEN_VOCABULARY, __webpack_exports__USAGE as USAGE, __webpack_exports__UsageError as UsageError, __webpack_exports__cliConfig as cliConfig, __webpack_exports__jsonResult as jsonResult, __webpack_exports__packageVersion as packageVersion, __webpack_exports__parseCli as parseCli, __webpack_exports__runCli as runCli };

//# sourceMappingURL=index.js.map