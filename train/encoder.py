"""A BERT encoder in plain torch with a check-worthiness head, and the loader that takes its
pre-trained weights from the ONNX files that Maven Central jars ship (langchain4j-embeddings-*).

No `transformers` package is needed (PyPI is not reachable): BERT is small enough to write here,
and the ONNX export of a BERT model names every weight except the linear layers' matrices, which
appear as `onnx::MatMul_N`. Each of those is found through the graph: the MatMul node that reads it
feeds an Add node whose other input is the named bias (`...query.bias`), so the matrix is that
layer's weight (transposed, since a torch Linear stores [out, in])."""

import math

import onnx
import torch
from onnx import numpy_helper
from torch import nn


class Config:
    def __init__(self, layers, hidden=384, heads=12, intermediate=1536, vocab=30522,
                 positions=512, eps=1e-12):
        self.layers, self.hidden, self.heads = layers, hidden, heads
        self.intermediate, self.vocab, self.positions, self.eps = intermediate, vocab, positions, eps


class SelfAttention(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.heads, self.size = c.heads, c.hidden // c.heads
        self.query = nn.Linear(c.hidden, c.hidden)
        self.key = nn.Linear(c.hidden, c.hidden)
        self.value = nn.Linear(c.hidden, c.hidden)

    def split(self, x):
        b, t, _ = x.shape
        return x.view(b, t, self.heads, self.size).transpose(1, 2)

    def forward(self, x, additive_mask):
        q, k, v = self.split(self.query(x)), self.split(self.key(x)), self.split(self.value(x))
        scores = q @ k.transpose(-1, -2) / math.sqrt(self.size) + additive_mask
        context = torch.softmax(scores, dim=-1) @ v
        b, h, t, s = context.shape
        return context.transpose(1, 2).reshape(b, t, h * s)


class Layer(nn.Module):
    def __init__(self, c, dropout):
        super().__init__()
        self.attention = SelfAttention(c)
        self.attention_output = nn.Linear(c.hidden, c.hidden)
        self.attention_norm = nn.LayerNorm(c.hidden, eps=c.eps)
        self.intermediate = nn.Linear(c.hidden, c.intermediate)
        self.output = nn.Linear(c.intermediate, c.hidden)
        self.output_norm = nn.LayerNorm(c.hidden, eps=c.eps)
        self.dropout = nn.Dropout(dropout)

    def forward(self, x, additive_mask):
        a = self.dropout(self.attention_output(self.attention(x, additive_mask)))
        x = self.attention_norm(x + a)
        f = self.dropout(self.output(nn.functional.gelu(self.intermediate(x))))
        return self.output_norm(x + f)


class Encoder(nn.Module):
    """BERT: embeddings + layers. forward(ids, mask) -> last hidden state [batch, tokens, hidden]."""

    def __init__(self, c, dropout=0.1):
        super().__init__()
        self.word = nn.Embedding(c.vocab, c.hidden)
        self.position = nn.Embedding(c.positions, c.hidden)
        self.token_type = nn.Embedding(2, c.hidden)
        self.norm = nn.LayerNorm(c.hidden, eps=c.eps)
        self.dropout = nn.Dropout(dropout)
        self.layers = nn.ModuleList(Layer(c, dropout) for _ in range(c.layers))

    def forward(self, ids, mask):
        positions = torch.arange(ids.shape[1], device=ids.device).unsqueeze(0)
        x = self.word(ids) + self.position(positions) + self.token_type(torch.zeros_like(ids))
        x = self.dropout(self.norm(x))
        additive_mask = (1.0 - mask[:, None, None, :].to(x.dtype)) * -10000.0
        for layer in self.layers:
            x = layer(x, additive_mask)
        return x


class CheckWorthiness(nn.Module):
    """Encoder, mean pooling over real tokens, one linear unit: the logit of 'check-worthy'."""

    def __init__(self, c, dropout=0.1):
        super().__init__()
        self.encoder = Encoder(c, dropout)
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(c.hidden, 1)

    def forward(self, ids, mask):
        hidden = self.encoder(ids, mask)
        m = mask.unsqueeze(-1).to(hidden.dtype)
        pooled = (hidden * m).sum(1) / m.sum(1).clamp(min=1.0)
        return self.head(self.dropout(pooled)).squeeze(-1)


# ONNX (HuggingFace) name stem -> our module path, per layer.
_LAYER_NAMES = {
    "attention.self.query": "attention.query",
    "attention.self.key": "attention.key",
    "attention.self.value": "attention.value",
    "attention.output.dense": "attention_output",
    "attention.output.LayerNorm": "attention_norm",
    "intermediate.dense": "intermediate",
    "output.dense": "output",
    "output.LayerNorm": "output_norm",
}
_EMBEDDING_NAMES = {
    "embeddings.word_embeddings.weight": "word.weight",
    "embeddings.position_embeddings.weight": "position.weight",
    "embeddings.token_type_embeddings.weight": "token_type.weight",
    "embeddings.LayerNorm.weight": "norm.weight",
    "embeddings.LayerNorm.bias": "norm.bias",
}


def onnx_weights(path):
    """Named tensors of a BERT ONNX export, the anonymous MatMul weights renamed by their bias."""
    model = onnx.load(path)
    graph = model.graph
    tensors = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    consumers = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    named = {k: v for k, v in tensors.items() if not k.startswith("onnx::")}
    for node in graph.node:
        if node.op_type != "MatMul":
            continue
        weight = next((i for i in node.input if i.startswith("onnx::MatMul")), None)
        if weight is None or weight not in tensors:
            continue
        adds = [n for n in consumers.get(node.output[0], []) if n.op_type == "Add"]
        biases = [i for n in adds for i in n.input if i.endswith(".bias") and i in tensors]
        if len(biases) != 1:
            raise ValueError(f"cannot tell which layer {weight} belongs to: {biases}")
        named[biases[0][: -len(".bias")] + ".weight"] = tensors[weight].T.copy()
    return named


def load_pretrained(onnx_path, dropout=0.1, layers=None):
    """A CheckWorthiness model whose encoder holds the ONNX file's weights; the head is new.
    layers: keep only the first N transformer layers (fewer layers, proportionally faster)."""
    named = onnx_weights(onnx_path)
    available = 1 + max(int(k.split(".")[2]) for k in named if k.startswith("encoder.layer."))
    layers = available if layers is None else min(layers, available)
    word = named["embeddings.word_embeddings.weight"]
    inter = named["encoder.layer.0.intermediate.dense.weight"]
    c = Config(layers=layers, hidden=word.shape[1], intermediate=inter.shape[0], vocab=word.shape[0],
               positions=named["embeddings.position_embeddings.weight"].shape[0])
    model = CheckWorthiness(c, dropout)
    state = {}
    for onnx_name, ours in _EMBEDDING_NAMES.items():
        state["encoder." + ours] = named[onnx_name]
    for i in range(layers):
        for stem, ours in _LAYER_NAMES.items():
            for part in ("weight", "bias"):
                state[f"encoder.layers.{i}.{ours}.{part}"] = named[f"encoder.layer.{i}.{stem}.{part}"]
    state = {k: torch.from_numpy(v.copy()) for k, v in state.items()}
    missing, unexpected = model.load_state_dict(state, strict=False)
    if unexpected or set(missing) != {"head.weight", "head.bias"}:
        raise ValueError(f"weights do not fit: missing {missing}, unexpected {unexpected}")
    return model, c
