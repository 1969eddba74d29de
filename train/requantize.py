"""Re-quantise chosen linear layers of the shipped static-int8 encoder, without its fp32 source.

The shipped file (quantize.py --ranges, ADR 0111) quantises every linear layer's input with a
fixed range. Some layers are sensitive to that (ADR 0112): on unseen spoken debates the static
file lost 0.06 F1 against per-token activations. This rewrites chosen layers of that file, keeping
every int8 weight as it is (so no fp32 checkpoint is needed, and nothing is re-trained):

--dynamic REGEX  layers whose bias name matches: activations quantised per token at run time
                 (symmetric, max |x| of the token's features / 127, uint8 around 128, as ADR 0110),
                 with ONNX Runtime's fused kernels: QuantizeLinear per row of the flattened input,
                 MatMulIntegerToFloat with unit activation scale, then the token's scale and the bias;
--float REGEX    layers whose bias name matches: the int8 weights dequantised to fp32 (w_s8 * scale)
                 and a plain MatMul + Add;
--list           print the linear layers' bias names and exit.

A layer matching both is made fp32. Inputs shared by several layers (Q, K, V) are quantised once.
usage: requantize.py IN-static.onnx OUT.onnx [--dynamic REGEX] [--float REGEX] [--list]"""

import argparse
import re

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("source")
    parser.add_argument("target", nargs="?")
    parser.add_argument("--dynamic", default=None)
    parser.add_argument("--float", dest="floating", default=None)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    model = onnx.load(args.source)
    graph = model.graph
    inits = {t.name: t for t in graph.initializer}
    producer = {o: n for n in graph.node for o in n.output}
    layers = [n for n in graph.node if n.op_type == "MatMulIntegerToFloat"]
    if args.list:
        for n in layers:
            print(n.input[6])
        return
    dynamic = re.compile(args.dynamic) if args.dynamic else None
    floating = re.compile(args.floating) if args.floating else None

    new_inits = []
    counter = [0]

    def fresh(stem):
        counter[0] += 1
        return f"r{counter[0]}_{stem}"

    def constant(value, dtype, stem):
        name = fresh(stem)
        new_inits.append(numpy_helper.from_array(np.array(value, dtype), name))
        return name

    one = constant(1.0, np.float32, "one")
    eps = constant(1e-8, np.float32, "eps")
    q_max = constant(127.0, np.float32, "q_max")
    zero_u8 = constant(128, np.uint8, "zero_u8")
    row_axis = constant([1], np.int64, "row_axis")
    all_but_last = (constant([0], np.int64, "s0"), constant([-1], np.int64, "s1"))

    per_token = {}  # float input name -> (flattened u8 rows, their scales [N, 1], the input's shape)

    def per_token_input(name, width):
        if name in per_token:
            return per_token[name]
        shape_c = constant([-1, width], np.int64, "rows_shape")
        rows, mag, peak, floor, scale, scale_shape, zeros, xq, scale_col, shape = (
            fresh("rows"), fresh("abs"), fresh("peak"), fresh("floor"), fresh("scale"), fresh("scale_shape"),
            fresh("zeros"), fresh("x_u8"), fresh("scale_col"), fresh("shape"))
        extra = [
            helper.make_node("Reshape", [name, shape_c], [rows]),
            helper.make_node("Abs", [rows], [mag]),
            helper.make_node("ReduceMax", [mag], [peak], axes=[1], keepdims=0),
            helper.make_node("Max", [peak, eps], [floor]),
            helper.make_node("Div", [floor, q_max], [scale]),
            # QuantizeLinear per row wants a zero point per row: 128 for each.
            helper.make_node("Shape", [scale], [scale_shape]),
            helper.make_node("Expand", [zero_u8, scale_shape], [zeros]),
            helper.make_node("QuantizeLinear", [rows, scale, zeros], [xq], axis=0),
            helper.make_node("Unsqueeze", [scale, row_axis], [scale_col]),
            helper.make_node("Shape", [name], [shape]),
        ]
        per_token[name] = (xq, scale_col, shape, extra)
        return per_token[name]

    def dequantised(weight, scale):
        w = numpy_helper.to_array(inits[weight]).astype(np.float32)
        s = numpy_helper.to_array(inits[scale]).astype(np.float32)
        name = fresh("w_f32")
        new_inits.append(numpy_helper.from_array(w * s[None, :], name))
        return name

    new_nodes, emitted = [], set()
    changed = {"dynamic": 0, "float": 0}
    for node in graph.node:
        if node.op_type != "MatMulIntegerToFloat":
            new_nodes.append(node)
            continue
        bias = node.input[6]
        quantize = producer[node.input[0]]
        if quantize.op_type != "QuantizeLinear":
            raise ValueError(f"{bias}: its input is not a QuantizeLinear")
        source = quantize.input[0]
        weight, w_scale = node.input[1], node.input[3]
        out = node.output[0]
        if floating and floating.search(bias):
            product = fresh("product")
            new_nodes += [helper.make_node("MatMul", [source, dequantised(weight, w_scale)], [product]),
                          helper.make_node("Add", [product, bias], [out])]
            changed["float"] += 1
        elif dynamic and dynamic.search(bias):
            width = numpy_helper.to_array(inits[weight]).shape[0]
            xq, scale_col, shape, extra = per_token_input(source, width)
            if source not in emitted:
                new_nodes += extra
                emitted.add(source)
            outputs = numpy_helper.to_array(inits[weight]).shape[1]
            raw, scaled, biased, lead, out_shape = (fresh("raw"), fresh("scaled"), fresh("biased"),
                                                    fresh("lead"), fresh("out_shape"))
            width_c = constant([outputs], np.int64, "width")
            new_nodes += [
                helper.make_node("MatMulIntegerToFloat", [xq, weight, one, w_scale, zero_u8], [raw],
                                 domain="com.microsoft"),
                helper.make_node("Mul", [raw, scale_col], [scaled]),
                helper.make_node("Add", [scaled, bias], [biased]),
                helper.make_node("Slice", [shape, all_but_last[0], all_but_last[1]], [lead]),
                helper.make_node("Concat", [lead, width_c], [out_shape], axis=0),
                helper.make_node("Reshape", [biased, out_shape], [out]),
            ]
            changed["dynamic"] += 1
        else:
            new_nodes.append(node)
    # QuantizeLinear nodes whose output nobody reads any more go, with their constants.
    used = {i for n in new_nodes for i in n.input}
    new_nodes = [n for n in new_nodes if n.op_type != "QuantizeLinear" or n.output[0] in used]
    used = {i for n in new_nodes for i in n.input} | {o.name for o in graph.output}
    kept = [t for t in list(graph.initializer) + new_inits if t.name in used]
    del graph.node[:]
    graph.node.extend(new_nodes)
    del graph.initializer[:]
    graph.initializer.extend(kept)
    onnx.save(model, args.target)
    print(f"{args.target}: {changed['dynamic']} layers per-token dynamic, {changed['float']} fp32, "
          f"{len(layers) - changed['dynamic'] - changed['float']} static")


if __name__ == "__main__":
    main()
