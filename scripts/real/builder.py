"""build-manifest.py as a module, for the scripts beside it that share its readers, grouping and
writers (its file name has a hyphen, so it cannot be imported by name)."""
import importlib.util
import os


def load_builder():
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'build-manifest.py')
    spec = importlib.util.spec_from_file_location('build_manifest', path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
