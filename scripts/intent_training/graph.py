"""The ONNX graph of a linear model over privsql's hashed features, shared by the default model
(softmax over the labels) and its labels head (a sigmoid per label)."""
import numpy as np


def linear_graph(W, b, labels, activation, output, name):
    """`indices` int64 [N, L] and `values` float [N, L] -> Gather(W) -> MatMul -> Add(b) ->
    `activation` ("Softmax" or "Sigmoid") -> `output` float [N, C], in `labels` order."""
    import onnx
    from onnx import TensorProto, helper, numpy_helper
    C = W.shape[1]
    act = helper.make_node("Softmax", ["logits"], [output], axis=-1) if activation == "Softmax" \
        else helper.make_node(activation, ["logits"], [output])
    nodes = [
        # The sparse product as a batched MatMul, [N, 1, L] x [N, L, C]: tract and ONNX Runtime
        # both run it in their matrix kernels (multiply and sum fused), about twice as fast as
        # Mul -> ReduceSum over the gathered [N, L, C] tensor.
        helper.make_node("Gather", ["W", "indices"], ["rows"], axis=0),                 # [N, L, C]
        helper.make_node("Unsqueeze", ["values", "axis1"], ["weights"]),                # [N, 1, L]
        helper.make_node("MatMul", ["weights", "rows"], ["logits3"]),                   # [N, 1, C]
        helper.make_node("Squeeze", ["logits3", "axis1"], ["logits0"]),                 # [N, C]
        helper.make_node("Add", ["logits0", "b"], ["logits"]),
        act,
    ]
    graph = helper.make_graph(
        nodes, name,
        [helper.make_tensor_value_info("indices", TensorProto.INT64, ["N", "L"]),
         helper.make_tensor_value_info("values", TensorProto.FLOAT, ["N", "L"])],
        [helper.make_tensor_value_info(output, TensorProto.FLOAT, ["N", C])],
        initializer=[numpy_helper.from_array(W.astype(np.float32), "W"), numpy_helper.from_array(b.astype(np.float32), "b"),
                     numpy_helper.from_array(np.array([1], np.int64), "axis1")],
    )
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)], producer_name="privsql train_intent_model.py")
    m.ir_version = 8
    m.metadata_props.add(key="labels", value=",".join(labels))
    onnx.checker.check_model(m)
    return m
