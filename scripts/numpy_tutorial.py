"""The tutorial's algorithm in NumPy, shared by every script that writes a test fixture.

seed, then W = 2*random((inputs, 1)) - 1; each iteration out = sigmoid(X . W) and
W += lr * X.T . ((Y - out) * out * (1 - out)), with the rate left out when it is 1, exactly as the tutorial
writes it (multiplying by 1.0 would change nothing, but this keeps the tutorial's own expression).
Import it from a fixture script with:
    sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[N] (N: how many folders the script is below the project root) / "scripts"))
"""
import numpy as np


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def initial_weights(seed, inputs=3):
    np.random.seed(seed)
    return 2 * np.random.random((inputs, 1)) - 1


def train(inputs, targets, iterations, seed, learning_rate):
    """The weights after `iterations` full-batch steps from the seed's starting weights."""
    weights = initial_weights(seed, inputs.shape[1])
    for _ in range(iterations):
        output = sigmoid(np.dot(inputs, weights))
        adjustment = np.dot(inputs.T, (targets - output) * output * (1 - output))
        weights += adjustment if learning_rate == 1.0 else learning_rate * adjustment
    return weights
