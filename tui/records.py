"""A faster `__init__` for the frozen slotted dataclasses made by the hundred thousand.

A frozen dataclass's generated `__init__` stores each field with
`object.__setattr__(self, name, value)`, a global lookup, an attribute lookup and a
descriptor search per field; reopening 10,000 articles makes a quarter of a million
quotations that way. `quick_init` gives the class an `__init__` with the same parameters
that calls each field's slot descriptor directly (about a third less time an object).
Everything else (equality, hash, repr, replace, pickling, frozenness) stays the dataclass's.
"""

from __future__ import annotations

import dataclasses
import types


def quick_init(cls: type) -> type:
    """`cls` (a frozen dataclass with slots and plain fields) with the faster `__init__`."""
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or not params.frozen or "__slots__" not in cls.__dict__:
        raise TypeError(f"{cls.__name__}: quick_init is for frozen dataclasses with slots")
    if hasattr(cls, "__post_init__"):
        raise TypeError(f"{cls.__name__}: a __post_init__ would not be called")
    fields = dataclasses.fields(cls)
    if any(not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING
           for f in fields) or len(fields) != len(cls.__dataclass_fields__):
        raise TypeError(f"{cls.__name__}: only positional fields with plain defaults")
    names = [f.name for f in fields]
    params_src, closure = [], {}
    for f in fields:
        if f.default is dataclasses.MISSING:
            params_src.append(f.name)
        else:
            closure[f"_default_{f.name}"] = f.default
            params_src.append(f"{f.name}=_default_{f.name}")
    for name in names:
        slot = cls.__dict__.get(name)
        if not isinstance(slot, types.MemberDescriptorType):
            raise TypeError(f"{cls.__name__}.{name} is not a plain slot")
        closure[f"_set_{name}"] = slot.__set__
    body = "".join(f"        _set_{name}(self, {name})\n" for name in names)
    source = (f"def _make({', '.join(closure)}):\n"
              f"    def __init__(self, {', '.join(params_src)}):\n{body}"
              f"    return __init__\n")
    namespace: dict = {}
    exec(source, {}, namespace)
    init = namespace["_make"](**closure)
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init
    return cls
