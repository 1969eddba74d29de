"""Dynamic int8 quantisation of a BERT ONNX graph, written by hand with python3-onnx.

onnxruntime's own Python quantiser is not installable here (no PyPI) and torch's dynamic int8
modules do not export to ONNX, so this rewrites the graph with standard ONNX operators that ONNX
Runtime's CPU provider runs with int8 kernels, the same pattern its quantiser writes:

- every MatMul whose right-hand side is a constant weight W [K, N] becomes
  MatMulInteger(x_u8, W_s8) -> Cast(float) -> Mul(x_scale * w_scale), with W quantised
  symmetrically per output column (w_scale [N]) and the activations x quantised symmetrically per
  token at run time (x_scale [batch, tokens, 1] = max |x| / 127 over the token's features, stored
  as uint8 around a fixed zero point of 128: ONNX Runtime's fast int8 kernels take uint8 x int8,
  its int8 x int8 path ran 10x slower here), once per distinct input (Q, K and V share theirs). Per token, not per tensor as ONNX's
  DynamicQuantizeLinear does: with one scale for the whole batch a sentence's score would depend
  on the other sentences batched with it (seen: the same article scored in a different order gave
  slightly different scores);
- the token embedding table [V, H] is stored as int8 with one scale per row, and looked up with two
  Gathers (rows and their scales), a Cast and a Mul.

Biases, layer norms, the position embeddings and the final Gemm stay float32. The file shrinks
about 4x (90 MB -> 23 MB for MiniLM-L6); check-worthiness F1 is measured on the quantised file
by the Java side, since that is what ships.
usage: quantize.py IN-fp32.onnx OUT-int8.onnx"""

import sys

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

MIN_WEIGHTS = 4096  # leave tiny matrices (there are none in BERT but the head) in float


def fast_gelu(nodes):
    """Replaces each exact GELU as torch exports it (x * 0.5 * (1 + erf(x / sqrt 2)): Div, Erf, Add,
    Mul, Mul) with ONNX Runtime's FastGelu (the tanh approximation, within about 1e-3 of it, in
    one vectorised pass). Returns the new node list."""
    producer = {o: n for n in nodes for o in n.output}
    users = {}
    for n in nodes:
        for i in n.input:
            users.setdefault(i, []).append(n)
    replaced, result = set(), []
    for n in nodes:
        if n.op_type != "Erf":
            continue
        div = producer[n.input[0]]
        add = users[n.output[0]][0]
        mul = users[add.output[0]][0]
        half = users[mul.output[0]][0]
        if [div.op_type, add.op_type, mul.op_type, half.op_type] != ["Div", "Add", "Mul", "Mul"] \
                or div.input[0] not in mul.input:
            raise ValueError("unexpected GELU pattern at " + n.name)
        replaced.update(id(k) for k in (div, n, add, mul, half))
        result.append((id(half), helper.make_node("FastGelu", [div.input[0]], [half.output[0]],
                                                  domain="com.microsoft")))
    swap = dict(result)
    return [swap[id(n)] if id(n) in swap else n for n in nodes if id(n) not in replaced or id(n) in swap]


def quantize(source, target, per_tensor=False, ranges=None, gelu_fast=False):
    """per_tensor: ONNX's DynamicQuantizeLinear (one activation scale per batch) instead of the
    per-token scales; kept only to measure the difference (ADR 0110).
    ranges: {bias name of a linear layer: [low, high]} from calibrate.py: its input is quantised
    with that fixed range (static quantisation: one QuantizeLinear, no run-time statistics)."""
    model = onnx.load(source)
    graph = model.graph
    inits = {t.name: t for t in graph.initializer}
    consumers = {}
    for n in graph.node:
        for i in n.input:
            consumers.setdefault(i, []).append(n)

    def bias_of(matmul):
        adds = [n for n in consumers.get(matmul.output[0], []) if n.op_type == "Add"]
        found = [i for n in adds for i in n.input if i.endswith(".bias") and i in inits]
        return found[0] if len(found) == 1 else None
    new_nodes, new_inits, dropped = [], [], set()
    quantised_inputs = {}
    counter = [0]

    def fresh(stem):
        counter[0] += 1
        return f"q{counter[0]}_{stem}"

    def constant(value, dtype, stem):
        name = fresh(stem)
        new_inits.append(numpy_helper.from_array(np.array(value, dtype), name))
        return name

    if ranges is None:
        eps = constant(1e-8, np.float32, "eps")
        q_max = constant(127.0, np.float32, "q_max")
        zero_s8 = constant(0, np.int8, "zero")
        zero_u8 = constant(128, np.uint8, "zero_u8")
        offset = constant(128.0, np.float32, "offset")
        u8_min = constant(1.0, np.float32, "u8_min")
        u8_max = constant(255.0, np.float32, "u8_max")
    absorbed = set()  # bias Adds folded into MatMulIntegerToFloat (static mode)

    def static_activation(name, low, high):
        if name not in quantised_inputs:
            low, high = min(low, 0.0), max(high, 0.0)  # zero must be exact (padding, ReLU-like tails)
            scale = (high - low) / 255.0
            zero = int(np.clip(np.round(-low / scale), 0, 255))
            s_name = constant(scale, np.float32, "x_scale")
            z_name = constant(zero, np.uint8, "x_zero")
            xq = fresh("x_u8")
            new_nodes.append(helper.make_node("QuantizeLinear", [name, s_name, z_name], [xq]))
            quantised_inputs[name] = (xq, s_name, z_name)
        return quantised_inputs[name]

    def quantised_activation(name):
        if per_tensor and name not in quantised_inputs:
            out = (fresh("x_u8"), fresh("x_scale"), fresh("x_zero"))
            new_nodes.append(helper.make_node("DynamicQuantizeLinear", [name], list(out)))
            quantised_inputs[name] = out
        if name not in quantised_inputs:
            absolute, peak, floor, scale, scaled, rounded, shifted, clipped, xq = (
                fresh("abs"), fresh("peak"), fresh("floor"), fresh("x_scale"), fresh("scaled"),
                fresh("rounded"), fresh("shifted"), fresh("clipped"), fresh("x_u8"))
            new_nodes.extend([
                helper.make_node("Abs", [name], [absolute]),
                helper.make_node("ReduceMax", [absolute], [peak], axes=[-1], keepdims=1),
                helper.make_node("Max", [peak, eps], [floor]),
                helper.make_node("Div", [floor, q_max], [scale]),
                helper.make_node("Div", [name, scale], [scaled]),
                helper.make_node("Round", [scaled], [rounded]),
                helper.make_node("Add", [rounded, offset], [shifted]),
                helper.make_node("Clip", [shifted, u8_min, u8_max], [clipped]),
                helper.make_node("Cast", [clipped], [xq], to=TensorProto.UINT8),
            ])
            quantised_inputs[name] = (xq, scale)
        return quantised_inputs[name]

    for node in graph.node:
        if id(node) in absorbed:
            continue
        if node.op_type == "MatMul" and node.input[1] in inits:
            w = numpy_helper.to_array(inits[node.input[1]])
            if w.ndim == 2 and w.size >= MIN_WEIGHTS:
                scale = np.maximum(np.abs(w).max(axis=0), 1e-8) / 127.0
                wq = np.clip(np.round(w / scale), -127, 127).astype(np.int8)
                wq_name, ws_name = fresh("w_s8"), fresh("w_scale")
                new_inits += [numpy_helper.from_array(wq, wq_name),
                              numpy_helper.from_array(scale.astype(np.float32), ws_name)]
                bias = bias_of(node)
                if ranges is not None:
                    if bias not in ranges:
                        raise ValueError(f"no calibrated range for the input of {bias}")
                    xq, xs, xz = static_activation(node.input[0], *ranges[bias])
                    # ONNX Runtime's own fused kernel (what its optimiser makes of MatMulInteger,
                    # Cast and the scale Muls, which it cannot see once the scales are constants):
                    # int8 product, scales and bias in one pass over the output.
                    add = consumers[node.output[0]][0]
                    if len(consumers[node.output[0]]) != 1 or add.op_type != "Add":
                        raise ValueError(f"{bias}: expected the MatMul to feed its bias Add only")
                    absorbed.add(id(add))
                    new_nodes.append(helper.make_node(
                        "MatMulIntegerToFloat", [xq, wq_name, xs, ws_name, xz, "", bias], [add.output[0]],
                        domain="com.microsoft"))
                    dropped.add(node.input[1])
                    continue
                else:
                    xq, xs, *xz = quantised_activation(node.input[0])
                acc, accf, both = fresh("acc"), fresh("acc_f"), fresh("scale")
                new_nodes += [
                    helper.make_node("MatMulInteger", [xq, wq_name, xz[0] if xz else zero_u8, zero_s8], [acc]),
                    helper.make_node("Cast", [acc], [accf], to=TensorProto.FLOAT),
                    helper.make_node("Mul", [xs, ws_name], [both]),
                    helper.make_node("Mul", [accf, both], [node.output[0]]),
                ]
                dropped.add(node.input[1])
                continue
        if node.op_type == "Gather" and node.input[0] in inits:
            table = numpy_helper.to_array(inits[node.input[0]])
            if table.ndim == 2 and table.shape[0] > 1000:
                scale = np.maximum(np.abs(table).max(axis=1), 1e-8) / 127.0
                tq = np.clip(np.round(table / scale[:, None]), -127, 127).astype(np.int8)
                tq_name, ts_name, axes = fresh("table_s8"), fresh("row_scale"), fresh("axes")
                new_inits += [numpy_helper.from_array(tq, tq_name),
                              numpy_helper.from_array(scale.astype(np.float32), ts_name),
                              numpy_helper.from_array(np.array([-1], np.int64), axes)]
                rows, rows_f, scales, scales_col = (fresh("rows"), fresh("rows_f"), fresh("scales"),
                                                    fresh("scales_col"))
                new_nodes += [
                    helper.make_node("Gather", [tq_name, node.input[1]], [rows], axis=0),
                    helper.make_node("Cast", [rows], [rows_f], to=TensorProto.FLOAT),
                    helper.make_node("Gather", [ts_name, node.input[1]], [scales], axis=0),
                    helper.make_node("Unsqueeze", [scales, axes], [scales_col]),
                    helper.make_node("Mul", [rows_f, scales_col], [node.output[0]]),
                ]
                dropped.add(node.input[0])
                continue
        new_nodes.append(node)

    if gelu_fast:
        new_nodes = fast_gelu(new_nodes)
    still_used = {i for n in new_nodes for i in n.input}
    kept = [t for t in graph.initializer if t.name not in dropped or t.name in still_used]
    del graph.node[:]
    graph.node.extend(new_nodes)
    del graph.initializer[:]
    graph.initializer.extend(kept + new_inits)
    if ranges is not None or gelu_fast:
        model.opset_import.append(helper.make_opsetid("com.microsoft", 1))
    else:
        onnx.checker.check_model(model)  # the checker does not know ONNX Runtime's contrib operators
    onnx.save(model, target)


if __name__ == "__main__":
    extra = sys.argv[3:]
    chosen = None
    if "--ranges" in extra:
        import json
        with open(extra[extra.index("--ranges") + 1]) as f:
            chosen = json.load(f)
    quantize(sys.argv[1], sys.argv[2], per_tensor="--per-tensor" in extra, ranges=chosen,
             gelu_fast="--fast-gelu" in extra)
